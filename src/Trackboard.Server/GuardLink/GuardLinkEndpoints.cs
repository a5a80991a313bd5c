using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Hosting;
using Trackboard.Server.Live;
using Trackboard.Server.Plans;
using Trackboard.Server.Versions;

namespace Trackboard.Server.GuardLink;

/// <summary>
/// What Guards push back (<c>push</c> in guard.yaml, a write-scope token of an editor): DLQ rows through the same importer and
/// dedupe keys as <c>POST /dlq/import</c>, and per-window counts that feed the compliance stats and implementation status.
/// </summary>
internal static class GuardLinkEndpoints
{
    public const int MaxCountsBytes = 4 << 20;

    public static IEndpointRouteBuilder MapGuardLink(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/plans/{id:guid}/guard").WithTags("Guard link");
        group.MapPost("/dlq", PushDlq).RequireAuthorization(Policies.Editor);
        group.MapPost("/counts", PushCounts).RequireAuthorization(Policies.Editor);
        group.MapGet("/counts", Counts).RequireAuthorization(Policies.Viewer);
        return routes;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> PushDlq(
        Guid id, HttpContext http, TrackboardDbContext db, IOptions<DlqOptions> options, TimeProvider time, LiveFeed live, ILogger<GuardCount> logger, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct) is not { } plan)
        {
            return Problems.NotFound("Plan");
        }
        var limit = options.Value.MaxImportBytes;
        if (await BoundedBody.ReadAsync(http.Request, limit, ct) is not { } body)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, DlqErrorCodes.ImportTooLarge,
                $"The push is larger than {limit} bytes (Trackboard:Dlq:MaxImportBytes); lower push.batch_size in guard.yaml.",
                new Dictionary<string, object?> { ["max_bytes"] = limit });
        }
        var report = await DlqImporter.ImportAsync(db, plan, body, time.GetUtcNow().UtcDateTime, ct);
        var added = db.ChangeTracker.Entries<DlqEntry>().Select(e => e.Entity).ToList();
        await GuardLive.PublishAsync(live, db, GuardLive.ForEntries(added), logger, ct);
        return TypedResults.Ok(new JsonObject
        {
            ["lines"] = report.Lines,
            ["imported"] = report.Imported,
            ["duplicates"] = report.Duplicates,
            ["failed"] = report.Failed,
            ["errors"] = new JsonArray([.. report.Errors.Select(e => (JsonNode)new JsonObject { ["line"] = e.Line, ["code"] = e.Code, ["message"] = e.Message })]),
        });
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> PushCounts(
        Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, LiveFeed live, ILogger<GuardCount> logger, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct) is not { } plan)
        {
            return Problems.NotFound("Plan");
        }
        if (await BoundedBody.ReadAsync(http.Request, MaxCountsBytes, ct) is not { } body)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The body is larger than {MaxCountsBytes} bytes.");
        }
        GuardCountsReport? report;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            (report, var problem) = GuardCountsReport.Parse(document.RootElement);
            if (problem is not null)
            {
                return problem;
            }
        }
        catch (JsonException e)
        {
            return Problems.BadRequest(ErrorCodes.InvalidJson, $"The body is not valid JSON: {e.Message}");
        }
        // Stored (and shown live) under the Server's version numbers; rows that name one version two ways are one row.
        var versionName = await ContractVersionNames.ForPlanAsync(db, plan.Id, report!.Counts.Select(r => r.ContractVersion), ct);
        report = report with
        {
            Counts = [.. report.Counts.GroupBy(r => (r.Source, Version: versionName(r.ContractVersion)!, r.EventName))
                .Select(g => new GuardCountsReport.Row(g.Key.Source, g.Key.Version, g.Key.EventName, g.Sum(r => r.Valid), g.Sum(r => r.Invalid)))],
        };
        var counts = db.Set<GuardCount>();
        var duplicate = await counts.AnyAsync(c => c.PlanId == id && c.WindowId == report!.WindowId, ct);
        if (!duplicate)
        {
            var now = time.GetUtcNow().UtcDateTime;
            counts.AddRange(report!.Counts.Select(r => new GuardCount
            {
                Id = Guid.NewGuid(), OrgId = plan.OrgId, PlanId = id, WindowId = report.WindowId, GuardId = report.GuardId, Source = r.Source,
                ContractVersion = r.ContractVersion, EventName = r.EventName, ValidCount = r.Valid, InvalidCount = r.Invalid,
                WindowStart = report.WindowStart, WindowEnd = report.WindowEnd, StoredAt = now,
            }));
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                // The same window arrived twice at once (a retry racing its original): the other request stored it.
                db.ChangeTracker.Clear();
                duplicate = true;
            }
        }
        if (!duplicate && report!.Counts.Count > 0)
        {
            await GuardLive.PublishAsync(live, db, [GuardLive.ForCounts(plan.OrgId, id, report)], logger, ct);
        }
        return TypedResults.Ok(new JsonObject
        {
            ["window_id"] = report!.WindowId,
            ["duplicate"] = duplicate,
            ["rows"] = duplicate ? 0 : report.Counts.Count,
        });
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Counts(
        Guid id, int? days, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        if (days is < 1 or > 3650)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "days must be between 1 and 3650.", "days");
        }
        var since = time.GetUtcNow().UtcDateTime.AddDays(-(days ?? 7));
        var rows = db.Set<GuardCount>().AsNoTracking().Where(c => c.PlanId == id && c.WindowEnd >= since);
        var bySource = await rows.GroupBy(c => new { c.Source, c.ContractVersion })
            .Select(g => new { g.Key.Source, g.Key.ContractVersion, Valid = g.Sum(c => c.ValidCount), Invalid = g.Sum(c => c.InvalidCount) })
            .OrderBy(x => x.Source).ThenBy(x => x.ContractVersion).ToListAsync(ct);
        var guards = await rows.GroupBy(c => c.GuardId)
            .Select(g => new { GuardId = g.Key, Valid = g.Sum(c => c.ValidCount), Invalid = g.Sum(c => c.InvalidCount), Last = g.Max(c => c.WindowEnd) })
            .OrderBy(x => x.GuardId).ToListAsync(ct);
        var valid = bySource.Sum(x => x.Valid);
        var invalid = bySource.Sum(x => x.Invalid);
        return TypedResults.Ok(new JsonObject
        {
            ["period"] = $"{days ?? 7}d",
            ["total_events"] = valid + invalid,
            ["valid_count"] = valid,
            ["invalid_count"] = invalid,
            ["by_source_version"] = new JsonArray([.. bySource.Select(x => (JsonNode)new JsonObject
            {
                ["source"] = x.Source, ["contract_version"] = x.ContractVersion, ["valid_count"] = x.Valid, ["invalid_count"] = x.Invalid,
            })]),
            ["guards"] = new JsonArray([.. guards.Select(x => (JsonNode)new JsonObject
            {
                ["guard_id"] = x.GuardId, ["valid_count"] = x.Valid, ["invalid_count"] = x.Invalid, ["last_window_end"] = x.Last,
            })]),
        });
    }
}
