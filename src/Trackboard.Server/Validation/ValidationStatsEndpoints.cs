using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Validation;

/// <summary>Compliance and implementation status, aggregated by the database (GROUP BY), never in memory.</summary>
internal static class ValidationStatsEndpoints
{
    public static IEndpointRouteBuilder MapValidationStats(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/plans/{id:guid}").WithTags("Validation");
        group.MapGet("/validate/stats", Stats).RequireAuthorization(Policies.Viewer);
        group.MapGet("/implementation-status", ImplementationStatus).RequireAuthorization(Policies.Viewer);
        return routes;
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Stats(
        Guid id, int? days, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        StatsAsync(Caller.From(http.User), id, days, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> StatsAsync(
        Caller caller, Guid id, int? days, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        if (Since(days, time, out var since) is { } problem)
        {
            return problem;
        }
        var records = db.ValidationRecords.Where(r => r.PlanId == id && r.ReceivedAt >= since);
        var totals = await records.GroupBy(_ => 1)
            .Select(g => new { Total = g.Count(), Valid = g.Sum(r => r.Valid ? 1 : 0) }).FirstOrDefaultAsync(ct);
        var failingEvents = await records.Where(r => !r.Valid).GroupBy(r => r.EventName)
            .Select(g => new { Name = g.Key, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.Name).Take(10).ToListAsync(ct);
        var failingProperties = await db.ValidationViolations.Where(v => v.PlanId == id && v.ReceivedAt >= since)
            .GroupBy(v => new { v.EventName, v.Path })
            .Select(g => new { g.Key.EventName, g.Key.Path, Count = g.Count() })
            .OrderByDescending(x => x.Count).ThenBy(x => x.EventName).ThenBy(x => x.Path).Take(10).ToListAsync(ct);
        // One point per UTC day that saw traffic: the UI's compliance chart over time.
        var daily = await records.GroupBy(r => r.ReceivedAt.Date)
            .Select(g => new { Day = g.Key, Total = g.Count(), Valid = g.Sum(r => r.Valid ? 1 : 0) })
            .OrderBy(x => x.Day).ToListAsync(ct);
        var total = totals?.Total ?? 0;
        var valid = totals?.Valid ?? 0;
        return TypedResults.Ok(new JsonObject
        {
            ["total_events"] = total,
            ["valid_count"] = valid,
            ["invalid_count"] = total - valid,
            ["compliance_rate"] = total == 0 ? 1.0 : Math.Round((double)valid / total, 4),
            ["top_failing_events"] = new JsonArray([.. failingEvents.Select(e => (JsonNode)new JsonObject { ["name"] = e.Name, ["count"] = e.Count })]),
            ["top_failing_properties"] = new JsonArray([.. failingProperties.Select(p => (JsonNode)new JsonObject
            {
                ["event_name"] = p.EventName, ["name"] = p.Path, ["count"] = p.Count,
            })]),
            ["period"] = $"{days ?? 7}d",
            ["daily"] = new JsonArray([.. daily.Select(d => (JsonNode)new JsonObject
            {
                ["date"] = d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["total_events"] = d.Total,
                ["valid_count"] = d.Valid,
                ["compliance_rate"] = Math.Round((double)d.Valid / d.Total, 4),
            })]),
        });
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> ImplementationStatus(
        Guid id, int? days, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        ImplementationStatusAsync(Caller.From(http.User), id, days, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ImplementationStatusAsync(
        Caller caller, Guid id, int? days, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        if (Since(days, time, out var since) is { } problem)
        {
            return problem;
        }
        var seen = await db.ValidationRecords.Where(r => r.PlanId == id && r.ReceivedAt >= since)
            .GroupBy(r => r.EventName)
            .Select(g => new
            {
                Name = g.Key,
                Valid = g.Sum(r => r.Valid ? 1 : 0),
                Invalid = g.Sum(r => r.Valid ? 0 : 1),
                LastSeen = g.Max(r => r.ReceivedAt),
                LastValid = g.Max(r => r.Valid ? (DateTime?)r.ReceivedAt : null),
                LastInvalid = g.Max(r => r.Valid ? null : (DateTime?)r.ReceivedAt),
            }).ToListAsync(ct);
        var planned = await db.Events.Where(e => e.PlanId == id).Select(e => e.Name).ToListAsync(ct);
        var byName = seen.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var names = planned.Concat(seen.Select(s => s.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var events = new JsonArray();
        foreach (var name in names)
        {
            var row = byName.GetValueOrDefault(name);
            var status = row is null ? "never_seen" : row.Invalid == 0 ? "seen_valid" : row.Valid == 0 ? "seen_invalid" : "mixed";
            events.Add(new JsonObject
            {
                ["event_name"] = name,
                ["in_plan"] = planned.Contains(name, StringComparer.Ordinal),
                ["status"] = status,
                ["valid_count"] = row?.Valid ?? 0,
                ["invalid_count"] = row?.Invalid ?? 0,
                ["last_seen_at"] = row?.LastSeen,
                ["last_valid_at"] = row?.LastValid,
                ["last_invalid_at"] = row?.LastInvalid,
            });
        }
        return TypedResults.Ok(new JsonObject
        {
            ["plan_id"] = id.ToString(),
            ["period"] = $"{days ?? 7}d",
            ["generated_at"] = time.GetUtcNow().UtcDateTime,
            ["events"] = events,
        });
    }

    private static ProblemHttpResult? Since(int? days, TimeProvider time, out DateTime since)
    {
        since = time.GetUtcNow().UtcDateTime.AddDays(-(days ?? 7));
        return days is < 1 or > 3650 ? Problems.BadRequest(ErrorCodes.InvalidField, "days must be between 1 and 3650.", "days") : null;
    }
}
