using System.Text;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Codegen.Fixtures;

/// <summary>
/// Sample track calls for users' own tests: per event, valid ones (every optional property present, and
/// only the required ones) and invalid ones that each break exactly one rule, named
/// <c>&lt;event&gt;.&lt;code&gt;.&lt;property-path&gt;.json</c>, plus an <c>index.json</c> that lists every file
/// with its event, code and exact property path. Deterministic: same contract, same bytes.
/// </summary>
public static class FixtureGenerator
{
    /// <summary>The key added to produce <c>unknown_property</c>.</summary>
    public const string UnknownPropertyName = "unexpected_property";

    /// <summary>The file listing every fixture.</summary>
    public const string IndexFileName = "index.json";

    /// <summary>Generates the fixtures. Rules no sample can break alone (a pattern no candidate escapes) get no fixture.</summary>
    public static IReadOnlyList<GeneratedFile> Generate(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var compiled = CompiledContract.Compile(contract);
        var fixtures = new List<(string Event, string Kind, string? Property, JsonObject Payload)>();
        foreach (var e in contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal).DistinctBy(e => e.EventName))
        {
            var properties = contract.GetMergedProperties(e);
            if (FixtureSamples.Object(properties, full: true) is not { } all || FixtureSamples.Object(properties, full: false) is not { } required)
            {
                continue;
            }

            fixtures.Add((e.EventName, "valid", "all-properties", Payload(e.EventName, all)));
            fixtures.Add((e.EventName, "valid", "required-only", Payload(e.EventName, required)));
            var found = new List<(string, string, JsonObject)>();
            BreakObject(compiled, e.EventName, all, [], properties, found);
            fixtures.AddRange(found.Select(f => (e.EventName, f.Item1, (string?)f.Item2, f.Item3)));
        }

        var files = new List<GeneratedFile>();
        var index = new JsonArray();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (eventName, kind, property, payload) in fixtures)
        {
            var name = UniqueFileName(used, $"{eventName}.{kind}.{property}");
            files.Add(new GeneratedFile(name, FixtureJson.Bytes(payload)));
            var valid = kind == "valid";
            index.Add(new JsonObject
            {
                ["file"] = name,
                ["event"] = eventName,
                ["valid"] = valid,
                ["code"] = valid ? null : kind,
                ["property"] = valid ? null : property,
            });
        }

        files.Add(new GeneratedFile(IndexFileName, FixtureJson.Bytes(index)));
        return files;
    }

    private static JsonObject Payload(string eventName, JsonObject properties) => new()
    {
        ["type"] = "track",
        ["event"] = eventName,
        ["userId"] = "fixture-user",
        ["properties"] = properties.DeepClone(),
    };

    // Breaks each rule of each property under `properties` at `location` (keys and indexes below "properties").
    private static void BreakObject(CompiledContract compiled, string eventName, JsonObject all, List<object> location,
        IReadOnlyList<PropertyDefinition> declared, List<(string, string, JsonObject)> found)
    {
        Try(compiled, eventName, all, location, ViolationCodes.UnknownProperty, [(UnknownPropertyName, JsonValue.Create("surprise"))], found);
        foreach (var property in declared.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var here = new List<object>(location) { property.Name };
            if (Navigate(all, here) is not { } value)
            {
                continue;
            }

            if (property.Required)
            {
                Try(compiled, eventName, all, here, ViolationCodes.MissingRequiredProperty, [(null, null)], found);
            }

            BreakValue(compiled, eventName, all, here, property, value, found);
        }
    }

    private static void BreakValue(CompiledContract compiled, string eventName, JsonObject all, List<object> here,
        PropertyDefinition property, JsonNode value, List<(string, string, JsonObject)> found)
    {
        foreach (var (code, values) in FixtureBreakers.For(property, value))
        {
            Try(compiled, eventName, all, here, code, values.Select(v => ((string?)null, v)), found);
        }

        if (ContractShape.IsClosedObject(property))
        {
            BreakObject(compiled, eventName, all, here, property.Properties!, found);
        }
        else if (property is { Type: PropertyType.Array, Items: { } items } && value is JsonArray { Count: > 0 } array)
        {
            BreakValue(compiled, eventName, all, [.. here, 0], items, array[0]!, found);
        }
    }

    // Applies each candidate in turn (a null key replaces the value at `at`; a key adds a member to the object at `at`;
    // a null key and value removes it) and keeps the first that the validator rejects with exactly `code`.
    private static void Try(CompiledContract compiled, string eventName, JsonObject all, List<object> at, string code,
        IEnumerable<(string? Key, JsonNode? Value)> candidates, List<(string, string, JsonObject)> found)
    {
        foreach (var (key, value) in candidates)
        {
            var properties = (JsonObject)all.DeepClone();
            if (!Apply(properties, at, key, value, remove: key is null && value is null))
            {
                continue;
            }

            var payload = Payload(eventName, properties);
            var errors = compiled.Validate(Encoding.UTF8.GetBytes(payload.ToJsonString())).Violations
                .Where(v => v.Severity == ViolationSeverity.Error).ToList();
            if (errors is [{ } only] && only.Code == code)
            {
                found.Add((code, only.Property ?? "", payload));
                return;
            }
        }
    }

    private static bool Apply(JsonObject root, List<object> at, string? key, JsonNode? value, bool remove)
    {
        if (key is not null)
        {
            if (Navigate(root, at) is not JsonObject target || target.ContainsKey(key))
            {
                return false;
            }

            target[key] = value;
            return true;
        }

        var parent = Navigate(root, at[..^1]);
        switch (parent, at[^1])
        {
            case (JsonObject o, string name) when remove:
                return o.Remove(name);
            case (JsonObject o, string name):
                o[name] = value;
                return true;
            case (JsonArray a, int i) when !remove && i < a.Count:
                a[i] = value;
                return true;
            default:
                return false;
        }
    }

    private static JsonNode? Navigate(JsonNode root, List<object> path)
    {
        JsonNode? node = root;
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (JsonObject o, string name) => o[name],
                (JsonArray a, int i) when i < a.Count => a[i],
                _ => null,
            };
        }

        return node;
    }

    private static string UniqueFileName(HashSet<string> used, string stem)
    {
        var safe = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            safe.Append(char.IsControl(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c);
        }

        var name = safe + ".json";
        for (var n = 2; !used.Add(name); n++)
        {
            name = $"{safe}~{n}.json";
        }

        return name;
    }
}
