using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>
/// Makes a draft's rows hold the content of a contract document (restore, merge, demo). Rows are matched by
/// name, so an event or property that survives keeps its id; only what differs is written.
/// </summary>
internal static class DraftRows
{
    public static void Replace(TrackboardDbContext db, DraftState state, JsonObject contract, DateTime now)
    {
        var plan = state.Plan;
        var globals = SyncProperties(db, state, null, contract["global_properties"] as JsonArray ?? [], now);
        var wantedEvents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in contract["events"] as JsonArray ?? [])
        {
            var source = (JsonObject)node!.DeepClone();
            var name = Fragments.Text(source, "event_name") ?? "";
            wantedEvents.Add(name);
            var properties = source["properties"] as JsonArray ?? [];
            var links = (source["global_properties"] as JsonArray ?? []).Select(l => l!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
            var ev = state.Events.FirstOrDefault(e => e.Name == name);
            if (ev is null)
            {
                ev = new PlanEvent { Id = Guid.NewGuid(), OrgId = plan.OrgId, PlanId = plan.Id, Name = "", Status = "", Json = "{}", CreatedAt = now, UpdatedAt = now };
                state.Events.Add(ev);
                db.Events.Add(ev);
            }
            var before = ev.Json;
            PlanViews.Apply(ev, source);
            if (before != ev.Json)
            {
                ev.UpdatedAt = now;
            }
            SyncProperties(db, state, ev.Id, properties, now);
            var wantedLinks = links.Select(l => globals[l]).ToHashSet();
            foreach (var link in state.Links.Where(l => l.EventId == ev.Id && !wantedLinks.Contains(l.PropertyId)).ToList())
            {
                state.Links.Remove(link);
                db.EventGlobalLinks.Remove(link);
            }
            foreach (var propertyId in wantedLinks.Where(w => !state.Links.Any(l => l.EventId == ev.Id && l.PropertyId == w)))
            {
                var link = new EventGlobalLink { EventId = ev.Id, PropertyId = propertyId, PlanId = plan.Id };
                state.Links.Add(link);
                db.EventGlobalLinks.Add(link);
            }
        }
        foreach (var ev in state.Events.Where(e => !wantedEvents.Contains(e.Name)).ToList())
        {
            state.Events.Remove(ev);
            db.Events.Remove(ev);
            RemoveProperties(db, state, state.Properties.Where(p => p.EventId == ev.Id).ToList());
            foreach (var link in state.Links.Where(l => l.EventId == ev.Id).ToList())
            {
                state.Links.Remove(link);
                db.EventGlobalLinks.Remove(link);
            }
        }
        state.LinkOverrides.Clear();
    }

    private static Dictionary<string, Guid> SyncProperties(TrackboardDbContext db, DraftState state, Guid? eventId, JsonArray wanted, DateTime now)
    {
        var byName = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var node in wanted)
        {
            var json = (JsonObject)node!.DeepClone();
            var name = Fragments.Text(json, "name") ?? "";
            var property = state.Properties.FirstOrDefault(p => p.EventId == eventId && p.Name == name);
            if (property is null)
            {
                property = new PlanProperty { Id = Guid.NewGuid(), OrgId = state.Plan.OrgId, PlanId = state.Plan.Id, EventId = eventId, Name = "", Json = "{}", CreatedAt = now };
                state.Properties.Add(property);
                db.Properties.Add(property);
            }
            PlanViews.Apply(property, json);
            byName[name] = property.Id;
        }
        var stale = state.Properties.Where(p => p.EventId == eventId && !byName.ContainsKey(p.Name)).ToList();
        RemoveProperties(db, state, stale);
        return byName;
    }

    private static void RemoveProperties(TrackboardDbContext db, DraftState state, List<PlanProperty> properties)
    {
        foreach (var property in properties)
        {
            state.Properties.Remove(property);
            db.Properties.Remove(property);
            foreach (var link in state.Links.Where(l => l.PropertyId == property.Id).ToList())
            {
                state.Links.Remove(link);
                db.EventGlobalLinks.Remove(link);
            }
        }
    }
}
