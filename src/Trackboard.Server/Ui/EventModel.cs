using System.Text.Json.Nodes;

namespace Trackboard.Server.Ui;

/// <summary>An event's own fields as the editor's form holds them (properties are edited one by one).</summary>
public sealed class EventModel
{
    public static IReadOnlyList<string> Statuses { get; } = ["active", "planned", "deprecated"];

    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string Status { get; set; } = "active";
    public string? Description { get; set; }
    public string? Category { get; set; }
    public string? Owner { get; set; }
    public string? Tags { get; set; }
    public string? TriggerWhen { get; set; }
    public string? DoNotTriggerWhen { get; set; }
    public string? PrivacyNotes { get; set; }
    public string PreferredLocation { get; set; } = "unknown";
    public string? RequiredSource { get; set; }
    public string? LifecycleStage { get; set; }
    public string? IdempotencyKey { get; set; }
    public HashSet<string> Globals { get; } = new(StringComparer.Ordinal);

    /// <summary>Guidance keys the form does not edit (code examples), carried over unchanged.</summary>
    public JsonArray? CodeExamples { get; set; }

    /// <summary>The body of a create or a merge patch: with <paramref name="patch"/> emptied fields are sent as null.</summary>
    public JsonObject ToJson(bool patch)
    {
        var node = new JsonObject { ["event_name"] = Name ?? "", ["status"] = Status };
        Put(node, "description", Description, patch);
        Put(node, "category", Category, patch);
        Put(node, "owner", Owner, patch);
        var tags = JsonText.Lines(Tags?.Replace(',', '\n'));
        if (tags.Count > 0 || patch)
        {
            node["tags"] = tags.Count > 0 ? new JsonArray([.. tags.Select(t => (JsonNode?)JsonValue.Create(t))]) : null;
        }
        var guidance = Guidance();
        if (guidance is not null || patch)
        {
            node["implementation_guidance"] = guidance;
        }
        node["global_properties"] = new JsonArray([.. Globals.Order(StringComparer.Ordinal).Select(g => (JsonNode?)JsonValue.Create(g))]);
        return node;
    }

    public static EventModel FromJson(JsonObject node)
    {
        var guidance = node["implementation_guidance"] as JsonObject ?? [];
        var model = new EventModel
        {
            Id = Guid.TryParse(JsonText.Text(node["id"]), out var id) ? id : null,
            Name = JsonText.Text(node["event_name"]),
            Status = JsonText.Text(node["status"]) ?? "active",
            Description = JsonText.Text(node["description"]),
            Category = JsonText.Text(node["category"]),
            Owner = JsonText.Text(node["owner"]),
            Tags = string.Join(", ", JsonText.Strings(node["tags"])),
            TriggerWhen = string.Join('\n', JsonText.Strings(guidance["trigger_when"])),
            DoNotTriggerWhen = string.Join('\n', JsonText.Strings(guidance["do_not_trigger_when"])),
            PrivacyNotes = string.Join('\n', JsonText.Strings(guidance["privacy_notes"])),
            PreferredLocation = JsonText.Text(guidance["preferred_location"]) ?? "unknown",
            RequiredSource = JsonText.Text(guidance["required_source"]),
            LifecycleStage = JsonText.Text(guidance["lifecycle_stage"]),
            IdempotencyKey = JsonText.Text(guidance["idempotency_key"]),
            CodeExamples = guidance["code_examples"]?.DeepClone() as JsonArray,
        };
        model.Globals.UnionWith(JsonText.Strings(node["global_properties"]));
        return model;
    }

    private JsonObject? Guidance()
    {
        var guidance = new JsonObject();
        Lines(guidance, "trigger_when", TriggerWhen);
        Lines(guidance, "do_not_trigger_when", DoNotTriggerWhen);
        Lines(guidance, "privacy_notes", PrivacyNotes);
        if (PreferredLocation != "unknown")
        {
            guidance["preferred_location"] = PreferredLocation;
        }
        Put(guidance, "required_source", RequiredSource, false);
        Put(guidance, "lifecycle_stage", LifecycleStage, false);
        Put(guidance, "idempotency_key", IdempotencyKey, false);
        if (CodeExamples is { Count: > 0 })
        {
            guidance["code_examples"] = CodeExamples.DeepClone();
        }
        return guidance.Count == 0 ? null : guidance;
    }

    private static void Lines(JsonObject node, string key, string? text)
    {
        var lines = JsonText.Lines(text);
        if (lines.Count > 0)
        {
            node[key] = new JsonArray([.. lines.Select(l => (JsonNode?)JsonValue.Create(l))]);
        }
    }

    private static void Put(JsonObject node, string key, string? value, bool patch)
    {
        if (!string.IsNullOrWhiteSpace(value) || patch)
        {
            node[key] = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }
}
