using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Canonical;

/// <summary>
/// Maps a contract to the canonical tree that docs/contract-format.md specifies: which fields are always
/// written, which only when set, and how lists are ordered.
/// </summary>
internal static class CanonicalModel
{
    private static readonly string[] s_metadataKeys = ["plan_id", "version_id", "version_number", "name", "description", "published_at"];

    public static Dictionary<string, object?> Build(Contract contract, bool includeMetadata)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["format_version"] = contract.FormatVersion,
            ["global_properties"] = Properties(contract.GlobalProperties),
            ["events"] = contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal).Select(Event).ToList(),
        };
        AddIfSet(root, "plan_id", contract.PlanId);
        AddIfSet(root, "version_id", contract.VersionId);
        AddIfSet(root, "version_number", contract.VersionNumber);
        AddIfSet(root, "name", contract.Name);
        AddIfSet(root, "description", contract.Description);
        AddIfSet(root, "published_at", contract.PublishedAt);
        AddSection(root, "identify", "traits", contract.Identify);
        AddSection(root, "group", "traits", contract.Group);
        AddSection(root, "page", "properties", contract.Page);
        AddSection(root, "screen", "properties", contract.Screen);
        if (!includeMetadata)
        {
            foreach (var key in s_metadataKeys)
            {
                root.Remove(key);
            }
        }

        return root;
    }

    private static Dictionary<string, object?> Event(EventDefinition definition)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["event_name"] = definition.EventName,
            ["status"] = definition.Status switch
            {
                EventStatus.Deprecated => "deprecated",
                EventStatus.Planned => "planned",
                _ => "active",
            },
            ["properties"] = Properties(definition.Properties),
            ["global_properties"] = definition.GlobalProperties.Order(StringComparer.Ordinal).ToList(),
        };
        AddIfSet(node, "description", definition.Description);
        AddIfSet(node, "category", definition.Category);
        AddIfSet(node, "sort_order", definition.SortOrder);
        AddIfSet(node, "owner", definition.Owner);
        if (definition.Tags.Count > 0)
        {
            node["tags"] = definition.Tags.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        }

        if (definition.ImplementationGuidance is { } guidance)
        {
            node["implementation_guidance"] = Guidance(guidance);
        }

        return node;
    }

    private static List<Dictionary<string, object?>> Properties(IEnumerable<PropertyDefinition> properties) =>
        [.. properties.OrderBy(p => p.Name, StringComparer.Ordinal).Select(Property)];

    private static Dictionary<string, object?> Property(PropertyDefinition property)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["type"] = TypeRules.Name(property.Type),
            ["required"] = property.Required,
            ["constraints"] = Constraints(property.Constraints),
        };
        if (property.Name.Length > 0)
        {
            node["name"] = property.Name;
        }

        AddIfSet(node, "description", property.Description);
        if (property.Examples is { } examples)
        {
            node["examples"] = examples.Select(e => (object?)e).ToList();
        }

        if (property.Pii)
        {
            node["pii"] = true;
        }

        if (property.Items is { } items)
        {
            node["items"] = Property(items);
        }

        if (property.Properties is { } nested)
        {
            node["properties"] = Properties(nested);
        }

        return node;
    }

    private static Dictionary<string, object?> Constraints(Constraints constraints)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (constraints.EnumValues is { } values)
        {
            node["enum_values"] = values.Select(v => (object?)v).ToList();
        }

        AddIfSet(node, "min", constraints.Min);
        AddIfSet(node, "max", constraints.Max);
        AddIfSet(node, "min_length", constraints.MinLength);
        AddIfSet(node, "max_length", constraints.MaxLength);
        AddIfSet(node, "pattern", constraints.Pattern);
        AddIfSet(node, "format", constraints.Format);
        AddIfSet(node, "min_items", constraints.MinItems);
        AddIfSet(node, "max_items", constraints.MaxItems);
        return node;
    }

    private static Dictionary<string, object?> Guidance(ImplementationGuidance guidance)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["trigger_when"] = guidance.TriggerWhen.ToList(),
            ["do_not_trigger_when"] = guidance.DoNotTriggerWhen.ToList(),
            ["privacy_notes"] = guidance.PrivacyNotes.ToList(),
            ["preferred_location"] = guidance.PreferredLocation,
            ["code_examples"] = guidance.CodeExamples.Select(CodeExample).ToList(),
        };
        AddIfSet(node, "required_source", guidance.RequiredSource);
        AddIfSet(node, "lifecycle_stage", guidance.LifecycleStage);
        AddIfSet(node, "idempotency_key", guidance.IdempotencyKey);
        return node;
    }

    private static Dictionary<string, object?> CodeExample(CodeExample example)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["language"] = example.Language,
            ["snippet"] = example.Snippet,
        };
        AddIfSet(node, "framework", example.Framework);
        return node;
    }

    private static void AddSection(Dictionary<string, object?> root, string key, string listKey, CallSection? section)
    {
        if (section is not null)
        {
            root[key] = new Dictionary<string, object?>(StringComparer.Ordinal) { [listKey] = Properties(section.Properties) };
        }
    }

    private static void AddIfSet(Dictionary<string, object?> node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }

    private static void AddIfSet(Dictionary<string, object?> node, string key, long? value)
    {
        if (value is { } v)
        {
            node[key] = v;
        }
    }

    private static void AddIfSet(Dictionary<string, object?> node, string key, double? value)
    {
        if (value is { } v)
        {
            node[key] = v;
        }
    }
}
