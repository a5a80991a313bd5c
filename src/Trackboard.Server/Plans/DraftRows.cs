using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>Replaces a draft's rows with the content of a contract document (restore, demo, import).</summary>
internal static class DraftRows
{
    public static void Replace(TrackboardDbContext db, DraftState state, JsonObject contract, DateTime now)
    {
        db.EventGlobalLinks.RemoveRange(state.Links);
        db.Properties.RemoveRange(state.Properties);
        db.Events.RemoveRange(state.Events);
        state.Links.Clear();
        state.Properties.Clear();
        state.Events.Clear();
        state.LinkOverrides.Clear();
        var plan = state.Plan;
        var globals = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var node in contract["global_properties"] as JsonArray ?? [])
        {
            var property = NewProperty(plan, null, (JsonObject)node!.DeepClone(), now);
            globals[property.Name] = property.Id;
            state.Properties.Add(property);
            db.Properties.Add(property);
        }
        foreach (var node in contract["events"] as JsonArray ?? [])
        {
            var source = (JsonObject)node!.DeepClone();
            var ev = new PlanEvent { Id = Guid.NewGuid(), OrgId = plan.OrgId, PlanId = plan.Id, Name = "", Status = "", Json = "{}", CreatedAt = now, UpdatedAt = now };
            var properties = source["properties"] as JsonArray ?? [];
            var links = source["global_properties"] as JsonArray ?? [];
            PlanViews.Apply(ev, (JsonObject)source.DeepClone());
            state.Events.Add(ev);
            db.Events.Add(ev);
            foreach (var propertyNode in properties)
            {
                var property = NewProperty(plan, ev.Id, (JsonObject)propertyNode!.DeepClone(), now);
                state.Properties.Add(property);
                db.Properties.Add(property);
            }
            foreach (var name in links.Select(l => l!.GetValue<string>()).Distinct(StringComparer.Ordinal))
            {
                var link = new EventGlobalLink { EventId = ev.Id, PropertyId = globals[name], PlanId = plan.Id };
                state.Links.Add(link);
                db.EventGlobalLinks.Add(link);
            }
        }
    }

    private static PlanProperty NewProperty(Plan plan, Guid? eventId, JsonObject json, DateTime now)
    {
        var property = new PlanProperty { Id = Guid.NewGuid(), OrgId = plan.OrgId, PlanId = plan.Id, EventId = eventId, Name = "", Json = "{}", CreatedAt = now };
        PlanViews.Apply(property, json);
        return property;
    }
}
