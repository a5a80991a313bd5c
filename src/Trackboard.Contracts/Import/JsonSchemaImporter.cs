using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>
/// Imports JSON Schema as <c>trackboard export json-schema</c> writes it: a bundle (<c>$defs</c> + <c>oneOf</c>),
/// one event schema, or the exported directory. What JSON Schema does not carry (globals, guidance,
/// categories, owners, version ids) is not restored: globals come back merged into each event.
/// </summary>
public static partial class JsonSchemaImporter
{
    /// <summary>Imports every document (a bundle or event schemas); nodes a contract cannot express become problems with their path.</summary>
    /// <param name="documents">Each document with the name it is reported under (a file name or <c>$</c>).</param>
    /// <param name="metadata">The contract to fill: its plan id and name are kept.</param>
    public static ImportResult Import(IReadOnlyList<(string Source, JsonElement Root)> documents, Contract metadata)
    {
        var problems = new List<ImportProblem>();
        var events = new List<EventDefinition>();
        var contract = metadata;
        foreach (var (source, root) in documents)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new ImportProblem(source, "the schema must be a JSON object."));
                continue;
            }

            contract = Metadata(root, contract);
            if (root.TryGetProperty("$defs", out var definitions) && root.TryGetProperty("oneOf", out _))
            {
                foreach (var definition in definitions.EnumerateObject())
                {
                    if (Event(definition.Value, $"{source}#$defs['{definition.Name}']", problems) is { } e)
                    {
                        events.Add(e);
                    }
                }

                if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString() != "Tracking plan"
                    && title.GetString() != contract.PlanId)
                {
                    contract = contract with { Name = title.GetString() };
                }

                if (root.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String)
                {
                    contract = contract with { Description = description.GetString() };
                }
            }
            else if (Event(root, source, problems) is { } single)
            {
                events.Add(single);
            }
        }

        var duplicates = events.GroupBy(e => e.EventName, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        problems.AddRange(duplicates.Select(d => new ImportProblem(d, "the event is defined in more than one schema.")));
        return new ImportResult(contract with { Events = [.. events.DistinctBy(e => e.EventName, StringComparer.Ordinal)] }, problems);
    }

    private static EventDefinition? Event(JsonElement schema, string path, List<ImportProblem> problems)
    {
        var name = schema.TryGetProperty("properties", out var envelope) && envelope.ValueKind == JsonValueKind.Object
            && envelope.TryGetProperty("event", out var eventNode) && eventNode.TryGetProperty("const", out var constant)
            && constant.ValueKind == JsonValueKind.String
            ? constant.GetString()
            : null;
        if (name is null)
        {
            problems.Add(new ImportProblem(path, "not an event schema: it needs properties.event.const with the event name (as `trackboard export json-schema` writes)."));
            return null;
        }

        var before = problems.Count;
        var properties = envelope.TryGetProperty("properties", out var payload)
            ? SchemaPropertyReader.Members(payload, path + ".properties.properties", problems)
            : [];
        if (problems.Count > before)
        {
            return null;
        }

        var status = schema.TryGetProperty("x-trackboard-status", out var s) ? s.GetString() : null;
        return new EventDefinition
        {
            EventName = name,
            Description = schema.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null,
            Status = status switch { "deprecated" => EventStatus.Deprecated, "planned" => EventStatus.Planned, _ => EventStatus.Active },
            Properties = properties,
        };
    }

    // The exporter writes the plan id into $id (trackboard://PLAN/...) and the version into $comment.
    private static Contract Metadata(JsonElement root, Contract contract)
    {
        if (contract.PlanId is null && root.TryGetProperty("$id", out var id) && id.GetString() is { } text
            && text.StartsWith("trackboard://", StringComparison.Ordinal))
        {
            var segment = text["trackboard://".Length..].Split('/')[0];
            contract = contract with { PlanId = segment == "plan" ? null : Uri.UnescapeDataString(segment) };
        }

        if (contract.VersionNumber is null && root.TryGetProperty("$comment", out var comment) && comment.GetString() is { } note
            && VersionPattern().Match(note) is { Success: true } match)
        {
            contract = contract with { VersionNumber = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) };
        }

        return contract;
    }

    [GeneratedRegex(@" version (\d+)\. Do not edit", RegexOptions.CultureInvariant)]
    private static partial Regex VersionPattern();
}
