using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>
/// Imports a Segment Protocols tracking plan: the Config API shape (<c>{display_name, rules: {events: [{name,
/// description, rules: JSON Schema}], identify, group}}</c>) or the Public API shape (<c>{name, rules: [{type:
/// "TRACK", key, jsonSchema}]}</c>, optionally under <c>trackingPlan</c> or <c>data.trackingPlan</c>).
/// Event properties come from <c>properties.properties</c>; identify and group traits from
/// <c>properties.traits</c>.
/// </summary>
public static class SegmentImporter
{
    /// <summary>Imports one Segment tracking plan document.</summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="source">The name problems are reported under (a file name).</param>
    /// <param name="metadata">The contract to fill: its plan id is kept, its name wins over the plan's.</param>
    public static ImportResult Import(JsonElement root, string source, Contract metadata)
    {
        var problems = new List<ImportProblem>();
        var plan = Unwrap(root);
        var contract = metadata with { Name = metadata.Name ?? Text(plan, "display_name") ?? Text(plan, "name") };
        var events = new List<EventDefinition>();
        if (!plan.TryGetProperty("rules", out var rules))
        {
            problems.Add(new ImportProblem(source, "no `rules`: this is not a Segment tracking plan export (Config API `rules.events` or Public API `rules[]`)."));
            return new ImportResult(contract, problems);
        }

        if (rules.ValueKind == JsonValueKind.Object)
        {
            var index = 0;
            var list = rules.TryGetProperty("events", out var found) && found.ValueKind == JsonValueKind.Array ? found.EnumerateArray().ToList() : [];
            foreach (var rule in list)
            {
                var path = $"$.rules.events[{index++}]";
                AddEvent(Text(rule, "name"), Text(rule, "description"), rule.TryGetProperty("rules", out var schema) ? schema : default, path, events, problems);
            }

            contract = contract with
            {
                Identify = Section(rules, "identify", "$.rules.identify", "traits", problems),
                Group = Section(rules, "group", "$.rules.group", "traits", problems),
            };
        }
        else if (rules.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var rule in rules.EnumerateArray())
            {
                var path = $"$.rules[{index++}]";
                var schema = rule.TryGetProperty("jsonSchema", out var s) ? s : default;
                switch (Text(rule, "type")?.ToUpperInvariant())
                {
                    case "TRACK":
                        AddEvent(Text(rule, "key"), Text(schema, "description"), schema, path, events, problems);
                        break;
                    case "IDENTIFY":
                        contract = contract with { Identify = SectionFrom(schema, path + ".jsonSchema", "traits", problems) };
                        break;
                    case "GROUP":
                        contract = contract with { Group = SectionFrom(schema, path + ".jsonSchema", "traits", problems) };
                        break;
                    case "PAGE":
                        contract = contract with { Page = SectionFrom(schema, path + ".jsonSchema", "properties", problems) };
                        break;
                    case "SCREEN":
                        contract = contract with { Screen = SectionFrom(schema, path + ".jsonSchema", "properties", problems) };
                        break;
                    default:
                        problems.Add(new ImportProblem(path, $"unknown rule type '{Text(rule, "type")}'; expected TRACK, IDENTIFY, GROUP, PAGE or SCREEN. Skipped."));
                        break;
                }
            }
        }

        return new ImportResult(contract with { Events = events }, problems);
    }

    private static JsonElement Unwrap(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            root = data;
        }

        return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("trackingPlan", out var plan) ? plan : root;
    }

    private static void AddEvent(string? name, string? description, JsonElement schema, string path, List<EventDefinition> events, List<ImportProblem> problems)
    {
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(new ImportProblem(path, "the rule has no event name. Skipped."));
            return;
        }

        if (events.Any(e => e.EventName == name))
        {
            problems.Add(new ImportProblem(path, $"event '{name}' is defined twice. Skipped."));
            return;
        }

        var before = problems.Count;
        var properties = Payload(schema, "properties") is { } payload
            ? SchemaPropertyReader.Members(payload, path + ".properties.properties", problems)
            : [];
        if (problems.Count == before)
        {
            events.Add(new EventDefinition { EventName = name, Description = description, Properties = properties });
        }
    }

    private static CallSection? Section(JsonElement rules, string key, string path, string member, List<ImportProblem> problems) =>
        rules.TryGetProperty(key, out var schema) && schema.ValueKind == JsonValueKind.Object ? SectionFrom(schema, path, member, problems) : null;

    private static CallSection? SectionFrom(JsonElement schema, string path, string member, List<ImportProblem> problems) =>
        Payload(schema, member) is { } payload
            ? new CallSection { Properties = SchemaPropertyReader.Members(payload, $"{path}.properties.{member}", problems) }
            : null;

    private static JsonElement? Payload(JsonElement schema, string member) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var envelope)
            && envelope.ValueKind == JsonValueKind.Object && envelope.TryGetProperty(member, out var payload)
            && payload.ValueKind == JsonValueKind.Object
            ? payload
            : null;

    private static string? Text(JsonElement node, string key) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
