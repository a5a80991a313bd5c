using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using Trackboard.Contracts.Versioning;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.AppVersions;

/// <summary>
/// The map from app build ranges (<c>context.app.version</c>) to published contract versions of a plan, which Guards pull
/// with the contract so old builds keep validating against the version they were built with.
/// </summary>
internal static class AppVersionEndpoints
{
    private const int MaxNote = 500;
    private const int MaxVersionText = 100;

    public static IEndpointRouteBuilder MapAppVersions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/plans/{id:guid}/app-versions").WithTags("App versions");
        group.MapGet("/", List).RequireAuthorization(Policies.Viewer);
        group.MapPost("/", Create).RequireAuthorization(Policies.Editor);
        group.MapPut("/{mappingId:guid}", Replace).RequireAuthorization(Policies.Editor);
        group.MapDelete("/{mappingId:guid}", Delete).RequireAuthorization(Policies.Editor);
        return routes;
    }

    /// <summary>The whole map, ordered by range start, with ETag = a hash of the body; a matching If-None-Match gives 304.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> List(
        Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        var rows = await db.AppVersionMappings.AsNoTracking().Where(m => m.PlanId == id).ToListAsync(ct);
        var ordered = rows.OrderBy(m => Parse(m.AppVersionFrom)).ThenBy(m => m.Id);
        var body = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["plan_id"] = id.ToString(),
            ["mappings"] = new JsonArray([.. ordered.Select(m => (JsonNode)View(m))]),
        });
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))}\"");
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "private, no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.File(body, "application/json");
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        Guid id, AppVersionRequest request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (plan, problem) = await CheckAsync(db, caller, id, null, request, ct);
        if (problem is not null)
        {
            return problem;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var mapping = new AppVersionMapping
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, PlanId = plan!.Id, AppVersionFrom = request.AppVersionFrom!.Trim(),
            AppVersionTo = request.AppVersionTo?.Trim(), ContractVersion = request.ContractVersion!.Value, Note = request.Note,
            CreatedBy = caller.UserId, CreatedAt = now, UpdatedAt = now,
        };
        db.AppVersionMappings.Add(mapping);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/plans/{id}/app-versions/{mapping.Id}", View(mapping));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Replace(
        Guid id, Guid mappingId, AppVersionRequest request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var mapping = await db.AppVersionMappings.FirstOrDefaultAsync(m => m.Id == mappingId && m.PlanId == id && m.OrgId == caller.OrgId, ct);
        if (mapping is null)
        {
            return Problems.NotFound("Mapping");
        }
        var (_, problem) = await CheckAsync(db, caller, id, mappingId, request, ct);
        if (problem is not null)
        {
            return problem;
        }
        mapping.AppVersionFrom = request.AppVersionFrom!.Trim();
        mapping.AppVersionTo = request.AppVersionTo?.Trim();
        mapping.ContractVersion = request.ContractVersion!.Value;
        mapping.Note = request.Note;
        mapping.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(View(mapping));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, Guid mappingId, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var mapping = await db.AppVersionMappings.FirstOrDefaultAsync(m => m.Id == mappingId && m.PlanId == id && m.OrgId == caller.OrgId, ct);
        if (mapping is null)
        {
            return Problems.NotFound("Mapping");
        }
        db.AppVersionMappings.Remove(mapping);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Checks the plan (main, in the caller's organization), the fields, the contract version and overlaps with the other ranges.</summary>
    private static async Task<(Plan? Plan, ProblemHttpResult? Problem)> CheckAsync(
        TrackboardDbContext db, Caller caller, Guid planId, Guid? self, AppVersionRequest request, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, planId, ct);
        if (plan is null)
        {
            return (null, Problems.NotFound("Plan"));
        }
        if (plan.ParentPlanId is not null)
        {
            return (null, Problems.Create(409, ErrorCodes.NotMain, "App versions map to published versions, which belong to the main plan; use the main plan's id."));
        }
        if (request.AppVersionFrom is not { Length: > 0 and <= MaxVersionText } fromText || !AppVersion.TryParse(fromText, out var from))
        {
            return (null, Problems.BadRequest(request.AppVersionFrom is null ? ErrorCodes.MissingField : ErrorCodes.InvalidField,
                "app_version_from is required: a version such as 1.4 or 2.0.3 (up to 100 characters), the first build of the range.", "$.app_version_from"));
        }
        AppVersion? to = null;
        if (request.AppVersionTo is { } toText && (toText.Length > MaxVersionText || !AppVersion.TryParse(toText, out to) || to.CompareTo(from) <= 0))
        {
            return (null, Problems.BadRequest(ErrorCodes.InvalidField,
                "app_version_to must be a version greater than app_version_from (the first build no longer in the range), or omitted for an open range.", "$.app_version_to"));
        }
        if (request.ContractVersion is not { } number)
        {
            return (null, Problems.BadRequest(ErrorCodes.MissingField, "contract_version is required: the published version number those builds were made with.", "$.contract_version"));
        }
        if (!await db.Versions.AnyAsync(v => v.PlanId == planId && v.Number == number, ct))
        {
            return (null, Problems.BadRequest(ErrorCodes.InvalidField, $"The plan has no published version {number}.", "$.contract_version"));
        }
        if (request.Note?.Length > MaxNote)
        {
            return (null, Problems.BadRequest(ErrorCodes.InvalidField, $"note is longer than {MaxNote} characters.", "$.note"));
        }
        var others = await db.AppVersionMappings.AsNoTracking().Where(m => m.PlanId == planId && m.Id != self).ToListAsync(ct);
        var overlap = others.FirstOrDefault(m => Overlaps(from, to, Parse(m.AppVersionFrom), m.AppVersionTo is null ? null : Parse(m.AppVersionTo)));
        if (overlap is not null)
        {
            return (null, Problems.Create(409, ErrorCodes.AppVersionOverlap,
                $"The range overlaps [{overlap.AppVersionFrom}, {overlap.AppVersionTo ?? "…"}) mapped to version {overlap.ContractVersion}; change or delete that mapping first.",
                new Dictionary<string, object?> { ["mapping_id"] = overlap.Id.ToString() }));
        }
        return (plan, null);
    }

    private static bool Overlaps(AppVersion aFrom, AppVersion? aTo, AppVersion bFrom, AppVersion? bTo) =>
        (aTo is null || bFrom.CompareTo(aTo) < 0) && (bTo is null || aFrom.CompareTo(bTo) < 0);

    // Stored texts were checked on the way in.
    private static AppVersion Parse(string text) => AppVersion.TryParse(text, out var version) ? version : throw new InvalidOperationException(text);

    private static JsonObject View(AppVersionMapping m) => new()
    {
        ["id"] = m.Id.ToString(),
        ["app_version_from"] = m.AppVersionFrom,
        ["app_version_to"] = m.AppVersionTo,
        ["contract_version"] = m.ContractVersion,
        ["note"] = m.Note,
        ["updated_at"] = m.UpdatedAt,
    };
}
