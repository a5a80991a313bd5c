using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>
/// Imports the original Trackboard import shape: <c>{events: [...], global_properties: [...]}</c> or a bare array of
/// events, where an event is <c>{event_name, description?, category?, properties?, global_properties?}</c> and a property
/// <c>{name, type, required?, constraints?, description?, examples?}</c>. A contract file is accepted too. Keys a
/// contract does not know (ids, timestamps of an export) are dropped, as the original did. Each global, event and
/// property is checked by <see cref="ContractLoader"/> on its own, so one bad node is skipped with its path and
/// the rest still imports.
/// </summary>
public static class TrackboardImporter
{
    private static readonly string[] s_eventKeys =
        ["event_name", "status", "description", "category", "sort_order", "properties", "global_properties", "implementation_guidance", "owner", "tags"];

    private static readonly string[] s_propertyKeys =
        ["name", "type", "required", "constraints", "description", "examples", "pii", "items", "properties"];

    /// <summary>Imports one document in the original shape.</summary>
    /// <param name="root">The parsed document (JSON, or YAML converted to JSON by the caller).</param>
    /// <param name="metadata">The contract to fill: its plan id and name are kept.</param>
    public static ImportResult Import(JsonElement root, Contract metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var problems = new List<ImportProblem>();
        var (events, globals, eventsPath, globalsPath) = root.ValueKind switch
        {
            JsonValueKind.Array => (root, default(JsonElement), "$", "$.global_properties"),
            JsonValueKind.Object => (Member(root, "events"), Member(root, "global_properties"), "$.events", "$.global_properties"),
            _ => (default, default, "$", "$"),
        };
        if (root.ValueKind is not (JsonValueKind.Array or JsonValueKind.Object))
        {
            problems.Add(new ImportProblem("$", "the document must be an object with events and global_properties, or an array of events."));
            return new ImportResult(metadata, problems);
        }

        var acceptedGlobals = new List<JsonObject>();
        foreach (var (node, path) in Items(globals, globalsPath, problems))
        {
            if (Property(node, path, problems) is not { } global)
            {
                continue;
            }
            var name = global["name"]!.GetValue<string>();
            if (acceptedGlobals.Any(g => g["name"]!.GetValue<string>() == name))
            {
                problems.Add(new ImportProblem(path, $"global property '{name}' appears twice; the first one is kept."));
            }
            else if (Check([global], null, path, problems))
            {
                acceptedGlobals.Add(global);
            }
        }

        var acceptedEvents = new List<JsonObject>();
        foreach (var (node, path) in Items(events, eventsPath, problems))
        {
            if (Event(node, path, acceptedGlobals, acceptedEvents, problems) is { } ev)
            {
                acceptedEvents.Add(ev);
            }
        }

        var document = Document(acceptedGlobals, acceptedEvents);
        var loaded = ContractLoader.Load(document.ToJsonString()).Contract!;
        return new ImportResult(loaded with { PlanId = metadata.PlanId, Name = metadata.Name, Description = metadata.Description }, problems);
    }

    private static JsonObject? Event(JsonElement node, string path, List<JsonObject> globals, List<JsonObject> accepted, List<ImportProblem> problems)
    {
        if (NameOf(node, "event_name", "an event", path, problems) is not { } name)
        {
            return null;
        }
        if (accepted.Any(e => e["event_name"]!.GetValue<string>() == name))
        {
            problems.Add(new ImportProblem(path, $"event '{name}' appears twice; the first one is kept."));
            return null;
        }

        var ev = Copy(node, s_eventKeys);
        ev["event_name"] = name;
        var properties = new JsonArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, itemPath) in Items(Member(node, "properties"), path + ".properties", problems))
        {
            if (Property(item, itemPath, problems) is not { } property)
            {
                continue;
            }
            if (!seen.Add(property["name"]!.GetValue<string>()))
            {
                problems.Add(new ImportProblem(itemPath, $"property '{property["name"]}' appears twice in event '{name}'; the first one is kept."));
            }
            else if (Check([], Wrap(name, property), itemPath, problems))
            {
                properties.Add(property);
            }
        }
        ev["properties"] = properties;

        var links = new JsonArray();
        foreach (var (item, itemPath) in Items(Member(node, "global_properties"), path + ".global_properties", problems))
        {
            var link = item.ValueKind == JsonValueKind.String ? item.GetString()!.Trim() : "";
            if (!globals.Any(g => g["name"]!.GetValue<string>() == link))
            {
                problems.Add(new ImportProblem(itemPath, $"event '{name}' links unknown global property '{link}'; the link is skipped."));
            }
            else if (!links.Any(l => l!.GetValue<string>() == link))
            {
                links.Add(link);
            }
        }
        ev["global_properties"] = links;
        return Check(globals, ev, path, problems) ? ev : null;
    }

    private static JsonObject? Property(JsonElement node, string path, List<ImportProblem> problems)
    {
        if (NameOf(node, "name", "a property", path, problems) is not { } name)
        {
            return null;
        }
        var property = Copy(node, s_propertyKeys);
        property["name"] = name;
        if (property["type"] is JsonValue type && type.TryGetValue<string>(out var text))
        {
            property["type"] = text.Trim().ToLowerInvariant();
        }
        return property;
    }

    /// <summary>The trimmed name of an object node, or null (and a problem) when the node is no object or has no name.</summary>
    private static string? NameOf(JsonElement node, string key, string what, string path, List<ImportProblem> problems)
    {
        var name = node.ValueKind == JsonValueKind.Object && Member(node, key) is { ValueKind: JsonValueKind.String } n ? n.GetString()!.Trim() : "";
        if (name.Length == 0)
        {
            problems.Add(new ImportProblem(path, $"skipped {what}: it must be an object with a non-empty {key}."));
            return null;
        }
        return name;
    }

    /// <summary>Loads a small contract holding only the node; its errors become problems at <paramref name="path"/>.</summary>
    private static bool Check(IEnumerable<JsonObject> globals, JsonObject? ev, string path, List<ImportProblem> problems)
    {
        var result = ContractLoader.Load(Document(globals, ev is null ? [] : [ev]).ToJsonString());
        foreach (var error in result.Errors)
        {
            problems.Add(new ImportProblem(path, $"{error.Code}: {error.Message}"));
        }
        return result.Success;
    }

    private static JsonObject Wrap(string name, JsonObject property) => new()
    {
        ["event_name"] = name,
        ["properties"] = new JsonArray(property.DeepClone()),
    };

    private static JsonObject Document(IEnumerable<JsonObject> globals, IEnumerable<JsonObject> events) => new()
    {
        ["format_version"] = Contract.FormatVersionV1,
        ["global_properties"] = new JsonArray([.. globals.Select(g => g.DeepClone())]),
        ["events"] = new JsonArray([.. events.Select(e => e.DeepClone())]),
    };

    private static IEnumerable<(JsonElement Node, string Path)> Items(JsonElement list, string path, List<ImportProblem> problems)
    {
        if (list.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            yield break;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add(new ImportProblem(path, "must be an array; it was skipped."));
            yield break;
        }
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            yield return (item, $"{path}[{index++}]");
        }
    }

    private static JsonObject Copy(JsonElement node, string[] keys)
    {
        var copy = new JsonObject();
        foreach (var member in node.EnumerateObject())
        {
            if (keys.Contains(member.Name, StringComparer.Ordinal) && member.Value.ValueKind != JsonValueKind.Null && !copy.ContainsKey(member.Name))
            {
                copy[member.Name] = JsonNode.Parse(member.Value.GetRawText());
            }
        }
        return copy;
    }

    private static JsonElement Member(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) ? value : default;
}
