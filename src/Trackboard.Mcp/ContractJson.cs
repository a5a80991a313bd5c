using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Mcp;

/// <summary>The JSON shapes the tools return: events with their merged properties, guidance as quoted data.</summary>
internal static class ContractJson
{
    public static JsonObject Summary(Contract contract) => new()
    {
        ["plan_id"] = contract.PlanId,
        ["name"] = contract.Name,
        ["version_number"] = contract.VersionNumber,
        ["hash"] = ContractHasher.Hash(contract),
    };

    public static JsonObject EventSummary(EventDefinition definition) => new()
    {
        ["event_name"] = definition.EventName,
        ["status"] = Status(definition.Status),
        ["category"] = definition.Category,
        ["description"] = definition.Description,
        ["property_count"] = definition.Properties.Count + definition.GlobalProperties.Count,
    };

    public static JsonObject Event(Contract contract, EventDefinition definition) => new()
    {
        ["event_name"] = definition.EventName,
        ["status"] = Status(definition.Status),
        ["description"] = definition.Description,
        ["category"] = definition.Category,
        ["owner"] = definition.Owner,
        ["tags"] = new JsonArray([.. definition.Tags.Select(t => (JsonNode?)t)]),
        ["properties"] = new JsonArray([.. contract.GetMergedProperties(definition).Select(p => (JsonNode?)Property(p, definition.GlobalProperties.Contains(p.Name)))]),
        ["has_implementation_guidance"] = definition.ImplementationGuidance is not null,
        ["contract_hash"] = ContractHasher.Hash(contract),
        ["schema_hash"] = ContractHasher.SchemaHash(contract),
    };

    public static JsonObject Guidance(ImplementationGuidance guidance) => new()
    {
        ["trigger_when"] = Strings(guidance.TriggerWhen),
        ["do_not_trigger_when"] = Strings(guidance.DoNotTriggerWhen),
        ["privacy_notes"] = Strings(guidance.PrivacyNotes),
        ["preferred_location"] = guidance.PreferredLocation,
        ["required_source"] = guidance.RequiredSource,
        ["lifecycle_stage"] = guidance.LifecycleStage,
        ["idempotency_key"] = guidance.IdempotencyKey,
        ["code_examples"] = new JsonArray([.. guidance.CodeExamples.Select(e => (JsonNode?)new JsonObject
        {
            ["language"] = e.Language,
            ["framework"] = e.Framework,
            ["snippet"] = e.Snippet,
        })]),
    };

    public static JsonObject Violations(ValidationResult result) => new()
    {
        ["valid"] = result.Valid,
        ["violations"] = new JsonArray([.. result.Violations.Select(v => (JsonNode?)new JsonObject
        {
            ["code"] = v.Code,
            ["severity"] = v.Severity == ViolationSeverity.Error ? "error" : "warning",
            ["path"] = v.Path,
            ["property"] = v.Property,
            ["expected"] = v.Expected,
            ["actual"] = v.Actual,
            ["message"] = v.Message,
        })]),
    };

    public static string Status(EventStatus status) => status switch
    {
        EventStatus.Deprecated => "deprecated",
        EventStatus.Planned => "planned",
        _ => "active",
    };

    private static JsonObject Property(PropertyDefinition property, bool global)
    {
        var node = new JsonObject
        {
            ["name"] = property.Name,
            ["type"] = TypeRules.Name(property.Type),
            ["required"] = property.Required,
            ["description"] = property.Description,
            ["pii"] = property.Pii,
        };
        if (global)
        {
            node["global"] = true;
        }

        if (!property.Constraints.IsEmpty)
        {
            node["constraints"] = Constraints(property.Constraints);
        }

        if (property.Items is { } items)
        {
            node["items"] = Property(items, global: false);
        }

        if (property.Properties is { } nested)
        {
            node["properties"] = new JsonArray([.. nested.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => (JsonNode?)Property(p, global: false))]);
        }

        return node;
    }

    private static JsonNode? Constraints(Constraints constraints)
    {
        // One canonical rendering of constraints: the contract's own form (enum_values, min, max_length, ...).
        var contract = new Contract
        {
            Events = [new EventDefinition { EventName = "x", Properties = [new PropertyDefinition { Name = "x", Type = PropertyType.String, Constraints = constraints }] }],
        };
        using var document = JsonDocument.Parse(CanonicalJson.WithoutHashes(contract));
        var element = document.RootElement.GetProperty("events")[0].GetProperty("properties")[0].GetProperty("constraints");
        return JsonNode.Parse(element.GetRawText());
    }

    private static JsonArray Strings(IReadOnlyList<string> values) => new([.. values.Select(v => (JsonNode?)v)]);

    public static string Text(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(Text(node));
}
