using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

internal static class PlanEndpoints
{
    public static IEndpointRouteBuilder MapPlans(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/plans").WithTags("Plans");
        group.MapGet("/", List).RequireAuthorization(Policies.Viewer);
        group.MapPost("/", Create).RequireAuthorization(Policies.Editor);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.Viewer);
        group.MapPatch("/{id:guid}", Update).RequireAuthorization(Policies.Editor);
        group.MapPost("/{id:guid}/archive", (Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) => SetArchived(id, true, http, db, time, ct))
            .RequireAuthorization(Policies.Admin);
        group.MapPost("/{id:guid}/unarchive", (Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) => SetArchived(id, false, http, db, time, ct))
            .RequireAuthorization(Policies.Admin);
        routes.MapGet("/search", Search).WithTags("Plans").RequireAuthorization(Policies.Viewer);
        return routes;
    }

    private static Task<Ok<JsonArray>> List(bool? include_archived, bool? include_branches, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), include_archived, include_branches, db, ct);

    internal static async Task<Ok<JsonArray>> ListAsync(Caller caller, bool? includeArchived, bool? includeBranches, TrackboardDbContext db, CancellationToken ct)
    {
        var rows = await db.Plans.AsNoTracking()
            .Where(p => p.OrgId == caller.OrgId && (includeArchived == true || p.ArchivedAt == null))
            .Where(p => includeBranches == true || p.ParentPlanId == null)
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                Plan = p,
                Events = db.Events.Count(e => e.PlanId == p.Id),
                Version = db.Versions.Where(v => v.PlanId == p.Id).Max(v => (long?)v.Number),
            })
            .ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. rows.Select(r => (JsonNode)PlanViews.Plan(r.Plan, r.Events, r.Version))]));
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        JsonObject body, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), body, db, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> CreateAsync(
        Caller caller, JsonObject body, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (Fragments.CheckPlan(body) is { } error)
        {
            return error.ToProblem();
        }
        if (Fragments.Text(body, "name") is not { Length: > 0 } name || string.IsNullOrWhiteSpace(name))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "name is required and must be a string.", "$.name");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var plan = new Plan
        {
            Id = Guid.NewGuid(),
            OrgId = caller.OrgId,
            Name = name.Trim(),
            Description = Fragments.Text(body, "description"),
            DraftRevision = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/plans/{plan.Id}", PlanViews.Plan(plan, 0, null));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(
        Guid id, HttpContext http, TrackboardDbContext db, PlanReadCache cache, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var stamp = await PlanReadCache.FindStampAsync(db, id, caller.OrgId, ct);
        if (stamp is null)
        {
            return Problems.NotFound("Plan");
        }
        var entry = cache.TryGet(id, stamp) ?? await BuildAsync();
        http.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (AcceptsGzip(http.Request))
        {
            http.Response.Headers.ContentEncoding = "gzip";
            return TypedResults.Bytes(entry.Gzip, "application/json");
        }
        return TypedResults.Bytes(entry.Body, "application/json");

        // A write between the stamp and this load only makes the entry newer than its stamp: the next read rebuilds it.
        async Task<PlanReadCache.Entry> BuildAsync()
        {
            var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == id && p.OrgId == caller.OrgId, ct);
            var detail = PlanViews.PlanDetail(await DraftState.LoadForReadAsync(db, plan, ct), stamp.CurrentVersion);
            return cache.Add(id, stamp, detail, json.Value.SerializerOptions);
        }
    }

    private static bool AcceptsGzip(HttpRequest request)
    {
        foreach (var value in request.Headers.AcceptEncoding)
        {
            foreach (var coding in (value ?? "").Split(','))
            {
                var parts = coding.Split(';', 2, StringSplitOptions.TrimEntries);
                if (parts[0].Equals("gzip", StringComparison.OrdinalIgnoreCase) && !(parts.Length == 2 && parts[1].Replace(" ", "", StringComparison.Ordinal) is "q=0" or "q=0.0" or "q=0.00" or "q=0.000"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The plan detail as a JSON tree for the UI's components (same view as <c>GET /plans/{id}</c>, uncached).</summary>
    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        var state = await DraftState.LoadForReadAsync(db, plan, ct);
        return TypedResults.Ok(PlanViews.PlanDetail(state, await PlanAccess.CurrentVersionAsync(db, id, ct)));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Update(
        Guid id, JsonObject body, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        if ((Fragments.TakeRevision(body, out var revision) ?? Fragments.CheckPlan(body)) is { } error)
        {
            return error.ToProblem();
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        if (body.ContainsKey("name"))
        {
            if (Fragments.Text(body, "name") is not { } name || string.IsNullOrWhiteSpace(name))
            {
                return Problems.BadRequest(ErrorCodes.InvalidField, "name must be a non-empty string.", "$.name");
            }
            plan.Name = name.Trim();
        }
        if (body.ContainsKey("description"))
        {
            plan.Description = Fragments.Text(body, "description");
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var (_, problem) = await DraftCommit.CommitAsync(db, state, revision, null, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(PlanViews.Plan(plan, state.Events.Count, await PlanAccess.CurrentVersionAsync(db, id, ct)));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> SetArchived(
        Guid id, bool archived, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        plan.ArchivedAt = archived ? plan.ArchivedAt ?? time.GetUtcNow().UtcDateTime : null;
        await db.SaveChangesAsync(ct);
        var events = await db.Events.CountAsync(e => e.PlanId == id, ct);
        return TypedResults.Ok(PlanViews.Plan(plan, events, await PlanAccess.CurrentVersionAsync(db, id, ct)));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Search(string? q, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        SearchAsync(Caller.From(http.User), q, db, ct);

    /// <summary>Plans (main and branches), events and properties of the caller's organization whose name or description contains <paramref name="q"/>.</summary>
    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> SearchAsync(Caller caller, string? q, TrackboardDbContext db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "q is required (1 to 200 characters).", "q");
        }
        var term = q.Trim().ToLowerInvariant();
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.OrgId == caller.OrgId && p.ArchivedAt == null
                && (p.Name.ToLower().Contains(term) || (p.BranchName != null && p.BranchName.ToLower().Contains(term)) || (p.Description != null && p.Description.ToLower().Contains(term))))
            .OrderBy(p => p.Name).ThenBy(p => p.BranchName).Take(100)
            .Select(p => new { p.Id, p.Name, p.Description, p.ParentPlanId, p.BranchName }).ToListAsync(ct);
        var events = await db.Events.AsNoTracking()
            .Where(e => e.OrgId == caller.OrgId && (e.Name.ToLower().Contains(term) || (e.Description != null && e.Description.ToLower().Contains(term))))
            .OrderBy(e => e.Name).ThenBy(e => e.Id).Take(100)
            .Select(e => new { e.Id, e.PlanId, e.Name, e.Description, e.Category, e.Status }).ToListAsync(ct);
        var properties = await db.Properties.AsNoTracking()
            .Where(p => p.OrgId == caller.OrgId && (p.Name.ToLower().Contains(term) || (p.Description != null && p.Description.ToLower().Contains(term))))
            .OrderBy(p => p.Name).ThenBy(p => p.Id).Take(100)
            .Select(p => new { p.Id, p.PlanId, p.EventId, p.Name, p.Description }).ToListAsync(ct);
        return TypedResults.Ok(new JsonObject
        {
            ["query"] = q,
            ["plans"] = new JsonArray([.. plans.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id.ToString(), ["name"] = p.Name, ["description"] = p.Description,
                ["parent_plan_id"] = p.ParentPlanId?.ToString(), ["branch_name"] = p.BranchName,
            })]),
            ["events"] = new JsonArray([.. events.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id.ToString(), ["plan_id"] = e.PlanId.ToString(), ["event_name"] = e.Name,
                ["description"] = e.Description, ["category"] = e.Category, ["status"] = e.Status,
            })]),
            ["properties"] = new JsonArray([.. properties.Select(p => (JsonNode)new JsonObject
            {
                ["id"] = p.Id.ToString(), ["plan_id"] = p.PlanId.ToString(), ["event_id"] = p.EventId?.ToString(),
                ["name"] = p.Name, ["description"] = p.Description,
            })]),
        });
    }
}
