using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>Response bodies of plan items: the contract-format fragment plus ids and the draft revision.</summary>
internal static class PlanViews
{
    public static JsonObject Event(DraftState state, PlanEvent ev, long? revision) =>
        Event(state.PropertiesOf(ev.Id), state.LinkNamesOf(ev.Id), ev, revision);

    private static JsonObject Event(IEnumerable<PlanProperty> properties, IReadOnlyList<string> links, PlanEvent ev, long? revision)
    {
        var node = JsonNode.Parse(ev.Json)!.AsObject();
        node.Insert(0, "id", ev.Id.ToString());
        node.Insert(1, "plan_id", ev.PlanId.ToString());
        node["status"] ??= "active";
        node["properties"] = new JsonArray([.. properties.Select(p => (JsonNode)Property(p, null))]);
        node["global_properties"] = new JsonArray([.. links.Select(n => (JsonNode?)JsonValue.Create(n))]);
        node["created_at"] = ev.CreatedAt;
        node["updated_at"] = ev.UpdatedAt;
        if (revision is not null)
        {
            node["draft_revision"] = revision;
        }
        return node;
    }

    public static JsonObject Property(PlanProperty property, long? revision)
    {
        var node = JsonNode.Parse(property.Json)!.AsObject();
        node.Insert(0, "id", property.Id.ToString());
        node.Insert(1, "event_id", property.EventId?.ToString());
        node.Insert(2, "plan_id", property.PlanId.ToString());
        node["required"] ??= false;
        if (revision is not null)
        {
            node["draft_revision"] = revision;
        }
        return node;
    }

    public static JsonObject Plan(Plan plan, int eventCount, long? currentVersion) => new()
    {
        ["id"] = plan.Id.ToString(),
        ["org_id"] = plan.OrgId.ToString(),
        ["name"] = plan.Name,
        ["description"] = plan.Description,
        ["draft_revision"] = plan.DraftRevision,
        ["current_version"] = currentVersion ?? 0,
        ["status"] = plan.ArchivedAt is null ? "active" : "archived",
        ["is_main"] = plan.ParentPlanId is null,
        ["parent_plan_id"] = plan.ParentPlanId?.ToString(),
        ["branch_name"] = plan.BranchName,
        ["base_revision"] = plan.BaseRevision,
        ["archived_at"] = plan.ArchivedAt,
        ["created_at"] = plan.CreatedAt,
        ["updated_at"] = plan.UpdatedAt,
        ["events_count"] = eventCount,
    };

    public static JsonObject PlanDetail(DraftState state, long? currentVersion)
    {
        var node = Plan(state.Plan, state.Events.Count, currentVersion);
        var index = new DraftIndex(state);
        node["events"] = new JsonArray([.. state.Events.OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => (JsonNode)Event(index.PropertiesOf(e.Id), index.LinkNamesOf(e.Id), e, null))]);
        node["global_properties"] = new JsonArray([.. state.Globals.Select(p => (JsonNode)Property(p, null))]);
        return node;
    }

    /// <summary>Splits an event body into the stored fragment (without properties and links) and copies columns.</summary>
    public static void Apply(PlanEvent ev, JsonObject fragment)
    {
        fragment.Remove("properties");
        fragment.Remove("global_properties");
        ev.Json = fragment.ToJsonString();
        ev.Name = Fragments.Text(fragment, "event_name") ?? "";
        ev.Description = Fragments.Text(fragment, "description");
        ev.Category = Fragments.Text(fragment, "category");
        ev.Status = Fragments.Text(fragment, "status") ?? "active";
    }

    public static void Apply(PlanProperty property, JsonObject fragment)
    {
        property.Json = fragment.ToJsonString();
        property.Name = Fragments.Text(fragment, "name") ?? "";
        property.Description = Fragments.Text(fragment, "description");
    }
}
