using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Ui;

/// <summary>The global search of the UI: the Server's search handler (scoped to the caller's organization), turned into links.</summary>
internal static class UiSearch
{
    public const int PerKind = 8;

    public static async Task<IReadOnlyList<SearchHit>> FindAsync(UiBackend backend, string query, CancellationToken ct)
    {
        var outcome = await backend.CallAsync(OrgRole.Viewer, async c => await PlanEndpoints.SearchAsync(c.Caller, query, c.Db, ct), ct);
        if (!outcome.Success)
        {
            return [];
        }
        var plansOutcome = await backend.CallAsync(OrgRole.Viewer, async c => await PlanEndpoints.ListAsync(c.Caller, true, true, c.Db, ct), ct);
        var names = plansOutcome.Array.OfType<JsonObject>().ToDictionary(p => (string)p["id"]!, PlanLabel, StringComparer.Ordinal);
        var parents = outcome.Object["properties"]!.AsArray().OfType<JsonObject>().Take(PerKind)
            .Select(p => Guid.TryParse((string?)p["event_id"], out var id) ? id : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var eventNames = await backend.QueryAsync(OrgRole.Viewer, async c => await c.Db.Events.AsNoTracking()
            .Where(e => e.OrgId == c.Caller.OrgId && parents.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id.ToString(), e => e.Name, StringComparer.Ordinal, ct), ct) ?? [];
        var hits = new List<SearchHit>();
        foreach (var plan in outcome.Object["plans"]!.AsArray().OfType<JsonObject>().Take(PerKind))
        {
            hits.Add(new SearchHit("Plans", PlanLabel(plan), (string?)plan["description"] ?? "", $"/plans/{plan["id"]}"));
        }
        foreach (var ev in outcome.Object["events"]!.AsArray().OfType<JsonObject>().Take(PerKind))
        {
            var plan = (string)ev["plan_id"]!;
            hits.Add(new SearchHit("Events", (string?)ev["event_name"] ?? "", Join(names.GetValueOrDefault(plan), (string?)ev["description"]), $"/plans/{plan}?event={ev["id"]}"));
        }
        foreach (var property in outcome.Object["properties"]!.AsArray().OfType<JsonObject>().Take(PerKind))
        {
            var plan = (string)property["plan_id"]!;
            var eventId = (string?)property["event_id"];
            var where = eventId is null ? "global property" : "property of " + (eventNames.GetValueOrDefault(eventId) ?? "an event");
            hits.Add(new SearchHit("Properties", (string?)property["name"] ?? "", Join(names.GetValueOrDefault(plan), where),
                eventId is null ? $"/plans/{plan}/globals" : $"/plans/{plan}?event={eventId}"));
        }
        return hits;
    }

    private static string PlanLabel(JsonObject plan) =>
        (string?)plan["branch_name"] is { } branch ? $"{plan["name"]} (branch {branch})" : (string?)plan["name"] ?? "";

    private static string Join(string? plan, string? detail) =>
        string.Join(" · ", new[] { plan, detail }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
