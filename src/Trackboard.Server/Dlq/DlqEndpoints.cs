using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Dlq;

/// <summary>
/// A plan's dead-letter queue: entries, fingerprint groups with triage, stats, the Guard NDJSON import and the audited reveal
/// of redacted samples. Every query filters by the caller's organization through the plan.
/// </summary>
internal static class DlqEndpoints
{
    public const int MaxRevealed = 20;

    public static IEndpointRouteBuilder MapDlq(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/plans/{id:guid}/dlq").WithTags("DLQ");
        group.MapGet("/", List).RequireAuthorization(Policies.Viewer);
        group.MapGet("/groups", Groups).RequireAuthorization(Policies.Viewer);
        group.MapGet("/groups/{fingerprint}", Group).RequireAuthorization(Policies.Viewer);
        group.MapGet("/stats", Stats).RequireAuthorization(Policies.Viewer);
        group.MapPost("/import", Import).RequireAuthorization(Policies.Editor);
        group.MapPost("/groups/{fingerprint}/reveal", RevealGroup).RequireAuthorization(Policies.Editor);
        group.MapPost("/entries/{entry_id:guid}/reveal", RevealEntry).RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> List(
        Guid id, int? limit, int? offset, string? fingerprint, string? @event, string? origin, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        if (Paging(limit, offset) is { } problem)
        {
            return problem;
        }
        var query = DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == id);
        query = fingerprint is null ? query : query.Where(e => e.Fingerprint == fingerprint);
        query = @event is null ? query : query.Where(e => e.EventName == @event);
        query = origin is null ? query : query.Where(e => e.Origin == origin);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(e => e.ReceivedAt).ThenBy(e => e.Id).Skip(offset ?? 0).Take(limit ?? 50).ToListAsync(ct);
        return TypedResults.Ok(DlqViews.Page(total, limit ?? 50, offset ?? 0, rows.Select(DlqViews.Entry)));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Groups(
        Guid id, int? limit, int? offset, string? @event, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        GroupsAsync(Caller.From(http.User), id, limit, offset, @event, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GroupsAsync(
        Caller caller, Guid id, int? limit, int? offset, string? @event, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        if (Paging(limit, offset) is { } problem)
        {
            return problem;
        }
        var (total, rows) = await DlqQueries.GroupsAsync(db, id, @event, Recent(time), limit ?? 50, offset ?? 0, ct);
        return TypedResults.Ok(DlqViews.Page(total, limit ?? 50, offset ?? 0, rows.Select(DlqViews.Group)));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Group(
        Guid id, string fingerprint, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        GroupAsync(Caller.From(http.User), id, fingerprint, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GroupAsync(
        Caller caller, Guid id, string fingerprint, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        if (!Fingerprint.IsValid(fingerprint))
        {
            return BadFingerprint();
        }
        if (await DlqQueries.GroupAsync(db, id, fingerprint, Recent(time), ct) is not { } row)
        {
            return Problems.NotFound("DLQ group");
        }
        var spread = await DlqQueries.SpreadAsync(db, id, fingerprint, ct);
        var latest = await PlanAccess.CurrentVersionAsync(db, id, ct);
        var recent = await DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == id && e.Fingerprint == fingerprint)
            .OrderByDescending(e => e.ReceivedAt).ThenBy(e => e.Id).Take(10).ToListAsync(ct);
        var spikes = await DlqWriter.Spikes(db).AsNoTracking().Where(s => s.PlanId == id && s.Fingerprint == fingerprint)
            .OrderByDescending(s => s.DetectedAt).Take(10).ToListAsync(ct);
        var view = DlqViews.Group(row);
        view["triage"] = TriageReport.Build(row, spread, latest);
        view["recent_entries"] = new JsonArray([.. recent.Select(e => (JsonNode)DlqViews.Entry(e))]);
        view["spikes"] = new JsonArray([.. spikes.Select(s => (JsonNode)DlqViews.Spike(s))]);
        return TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Stats(
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
        var entries = DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == id && e.ReceivedAt >= since);
        var byOrigin = await entries.GroupBy(e => e.Origin).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byKind = await entries.GroupBy(e => e.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byEvent = await entries.GroupBy(e => e.EventName).Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Key).Take(10).ToListAsync(ct);
        var groups = await entries.Select(e => e.Fingerprint).Distinct().CountAsync(ct);
        var top = await DlqQueries.TopGroupsAsync(db, id, since, Recent(time), 10, ct);
        var spikes = await DlqWriter.Spikes(db).AsNoTracking().Where(s => s.PlanId == id && s.DetectedAt >= since)
            .OrderByDescending(s => s.DetectedAt).Take(10).ToListAsync(ct);
        return TypedResults.Ok(new JsonObject
        {
            ["period"] = $"{days ?? 7}d",
            ["total_entries"] = byOrigin.Sum(o => o.Count),
            ["groups"] = groups,
            ["by_origin"] = Counts(byOrigin.Select(o => (o.Key, o.Count))),
            ["by_kind"] = Counts(byKind.Select(k => (k.Key, k.Count))),
            ["top_events"] = new JsonArray([.. byEvent.Select(e => (JsonNode)new JsonObject { ["event"] = e.Key, ["count"] = e.Count })]),
            ["top_groups"] = new JsonArray([.. top.Select(g => (JsonNode)DlqViews.Group(g))]),
            ["spikes"] = new JsonArray([.. spikes.Select(s => (JsonNode)DlqViews.Spike(s))]),
        });
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Import(
        Guid id, HttpContext http, TrackboardDbContext db, IOptions<DlqOptions> options, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is not { } plan)
        {
            return Problems.NotFound("Plan");
        }
        var limit = options.Value.MaxImportBytes;
        if (await BoundedBody.ReadAsync(http.Request, limit, ct) is not { } body)
        {
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, DlqErrorCodes.ImportTooLarge,
                $"The import is larger than {limit} bytes (Trackboard:Dlq:MaxImportBytes); split the export, e.g. `split -l 10000 dlq.ndjson part-`.",
                new Dictionary<string, object?> { ["max_bytes"] = limit });
        }
        var now = time.GetUtcNow().UtcDateTime;
        var report = await DlqImporter.ImportAsync(db, plan, body, now, ct);
        Audit(db, caller, "import", "dlq_imports", id.ToString(), new JsonObject
        {
            ["plan_id"] = id.ToString(), ["lines"] = report.Lines, ["imported"] = report.Imported, ["duplicates"] = report.Duplicates, ["failed"] = report.Failed,
        }, now);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new JsonObject
        {
            ["lines"] = report.Lines,
            ["imported"] = report.Imported,
            ["duplicates"] = report.Duplicates,
            ["failed"] = report.Failed,
            ["errors"] = new JsonArray([.. report.Errors.Select(e => (JsonNode)new JsonObject { ["line"] = e.Line, ["code"] = e.Code, ["message"] = e.Message })]),
        });
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> RevealGroup(
        Guid id, string fingerprint, int? limit, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        RevealGroupAsync(Caller.From(http.User), id, fingerprint, limit, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> RevealGroupAsync(
        Caller caller, Guid id, string fingerprint, int? limit, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        if (!Fingerprint.IsValid(fingerprint))
        {
            return BadFingerprint();
        }
        if (limit is < 1 or > MaxRevealed)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, $"limit must be between 1 and {MaxRevealed}.", "limit");
        }
        var entries = await DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == id && e.Fingerprint == fingerprint)
            .OrderByDescending(e => e.ReceivedAt).ThenBy(e => e.Id).Take(limit ?? 5).ToListAsync(ct);
        if (entries.Count == 0)
        {
            return Problems.NotFound("DLQ group");
        }
        Audit(db, caller, "reveal", "dlq_groups", fingerprint, new JsonObject
        {
            ["plan_id"] = id.ToString(), ["entries"] = new JsonArray([.. entries.Select(e => (JsonNode)e.Id.ToString())]),
        }, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new JsonObject
        {
            ["fingerprint"] = fingerprint,
            ["items"] = new JsonArray([.. entries.Select(e => (JsonNode)DlqViews.Revealed(e))]),
        });
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> RevealEntry(
        Guid id, [FromRoute(Name = "entry_id")] Guid entryId, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        RevealEntryAsync(Caller.From(http.User), id, entryId, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> RevealEntryAsync(
        Caller caller, Guid id, Guid entryId, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        var entry = await DlqWriter.Entries(db).AsNoTracking().FirstOrDefaultAsync(e => e.Id == entryId && e.PlanId == id && e.OrgId == caller.OrgId, ct);
        if (entry is null)
        {
            return Problems.NotFound("DLQ entry");
        }
        Audit(db, caller, "reveal", "dlq_entries", entry.Id.ToString(), new JsonObject
        {
            ["plan_id"] = id.ToString(), ["fingerprint"] = entry.Fingerprint,
        }, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(DlqViews.Revealed(entry));
    }

    /// <summary>Reveals and imports are recorded explicitly: they are reads or bulk writes the change tracker does not describe.</summary>
    private static void Audit(TrackboardDbContext db, Caller caller, string action, string entityType, string entityId, JsonObject details, DateTime now) =>
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, ActorId = caller.UserId, Action = action, EntityType = entityType, EntityId = entityId,
            After = details.ToJsonString(), At = now,
        });

    private static ProblemHttpResult? Paging(int? limit, int? offset)
    {
        if (limit is < 1 or > 200)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "limit must be between 1 and 200.", "limit");
        }
        return offset < 0 ? Problems.BadRequest(ErrorCodes.InvalidField, "offset must be 0 or more.", "offset") : null;
    }

    private static ProblemHttpResult BadFingerprint() =>
        Problems.BadRequest(DlqErrorCodes.InvalidFingerprint, "A fingerprint is 64 lower-case hex digits, as listed by GET /plans/{id}/dlq/groups.", "fingerprint");

    private static DateTime Recent(TimeProvider time) => time.GetUtcNow().UtcDateTime.AddHours(-24);

    private static JsonObject Counts(IEnumerable<(string Key, int Count)> counts)
    {
        var result = new JsonObject();
        foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            result[key] = count;
        }
        return result;
    }
}
