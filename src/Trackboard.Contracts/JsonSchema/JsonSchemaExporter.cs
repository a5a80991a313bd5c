using System.Globalization;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.JsonSchema;

/// <summary>
/// Exports a contract as JSON Schema (draft 2020-12): one schema per event and a bundle over all events.
/// The schemas accept exactly the track events the validator accepts (DESIGN §3, §6): the <c>event</c>
/// name, the merged local and global properties with their constraints, closed <c>properties</c> objects,
/// <c>null</c> as "absent" on optional members, and the signed 64-bit integer range. Other envelope
/// fields are allowed. Deprecated and planned events stay valid (they are only warnings) and are
/// annotated. Output is canonical JSON: the same contract always gives the same bytes.
/// </summary>
public static class JsonSchemaExporter
{
    /// <summary>The dialect every exported schema declares.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The path of the bundle in <see cref="ExportFiles"/>.</summary>
    public const string BundlePath = "bundle.schema.json";

    /// <summary>The schema of one event.</summary>
    /// <exception cref="ArgumentException">The contract has no event named <paramref name="eventName"/>.</exception>
    public static byte[] ExportEvent(Contract contract, string eventName)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(eventName);
        var definition = contract.FindEvent(eventName)
            ?? throw new ArgumentException($"The contract has no event named '{eventName}'.", nameof(eventName));
        var schema = EventSchema(contract, definition);
        schema["$schema"] = Dialect;
        schema["$id"] = BaseId(contract) + "/" + EventPath(definition.EventName);
        schema["$comment"] = Header(contract);
        return CanonicalJsonWriter.ToBytes(schema);
    }

    /// <summary>
    /// One schema for every event: <c>oneOf</c> over the events (each keyed on its <c>event</c> constant),
    /// with the event schemas under <c>$defs</c> by event name.
    /// </summary>
    public static byte[] ExportBundle(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var definitions = new Dictionary<string, object?>(StringComparer.Ordinal);
        var branches = new List<object?>();
        foreach (var definition in Events(contract))
        {
            definitions[definition.EventName] = EventSchema(contract, definition);
            branches.Add(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["$ref"] = "#/$defs/" + PointerFragment(definition.EventName),
            });
        }

        var schema = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["$schema"] = Dialect,
            ["$id"] = BaseId(contract) + "/" + BundlePath,
            ["$comment"] = Header(contract),
            ["title"] = contract.Name ?? contract.PlanId ?? "Tracking plan",
            ["$defs"] = definitions,
            ["oneOf"] = branches,
        };
        if (contract.Description is { } description)
        {
            schema["description"] = description;
        }

        return CanonicalJsonWriter.ToBytes(schema);
    }

    /// <summary>One file per event under <c>events/</c> (in ordinal event-name order), then <see cref="BundlePath"/>.</summary>
    /// <remarks>
    /// Each event schema is serialized once and its bytes are spliced into both its file and the bundle: the same
    /// bytes <see cref="ExportEvent"/> and <see cref="ExportBundle"/> give (canonical JSON sorts keys, and the
    /// <c>$</c> keys of the file and the bundle sort before every other key).
    /// </remarks>
    public static IReadOnlyList<GeneratedFile> ExportFiles(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var events = Events(contract).ToList();
        var files = new List<GeneratedFile>(events.Count + 1);
        var header = CanonicalJsonWriter.ToBytes(Header(contract));
        var dialect = CanonicalJsonWriter.ToBytes(Dialect);
        var baseId = BaseId(contract);
        var schemas = new byte[events.Count][];
        var bundleLength = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var definition = events[i];
            var schema = CanonicalJsonWriter.ToBytes(EventSchema(contract, definition));
            schemas[i] = schema;
            bundleLength += schema.Length + definition.EventName.Length + 64;
            using var file = new CanonicalJsonWriter(schema.Length + header.Length + 256);
            file.StartObject();
            file.Member("$comment");
            file.Raw(header);
            file.Member("$id");
            file.String(baseId + "/" + EventPath(definition.EventName));
            file.Member("$schema");
            file.Raw(dialect);
            // The event schema's own members follow the $ keys: its bytes without the opening brace.
            file.Raw(","u8);
            file.Raw(schema.AsSpan(1));
            files.Add(new GeneratedFile(EventPath(definition.EventName), file.ToArray()));
        }

        using var bundle = new CanonicalJsonWriter(bundleLength + header.Length + 1024);
        bundle.StartObject();
        bundle.Member("$comment");
        bundle.Raw(header);
        bundle.Member("$defs");
        bundle.StartObject();
        for (var i = 0; i < events.Count; i++)
        {
            bundle.Member(events[i].EventName);
            bundle.Raw(schemas[i]);
        }

        bundle.EndObject();
        bundle.Member("$id");
        bundle.String(baseId + "/" + BundlePath);
        bundle.Member("$schema");
        bundle.Raw(dialect);
        if (contract.Description is { } description)
        {
            bundle.Member("description");
            bundle.String(description);
        }

        bundle.Member("oneOf");
        bundle.StartArray();
        foreach (var definition in events)
        {
            bundle.Item();
            bundle.StartObject();
            bundle.Member("$ref");
            bundle.String("#/$defs/" + PointerFragment(definition.EventName));
            bundle.EndObject();
        }

        bundle.EndArray();
        bundle.Member("title");
        bundle.String(contract.Name ?? contract.PlanId ?? "Tracking plan");
        bundle.EndObject();
        files.Add(new GeneratedFile(BundlePath, bundle.ToArray()));
        return files;
    }

    private static Dictionary<string, object?> EventSchema(Contract contract, EventDefinition definition)
    {
        var merged = contract.GetMergedProperties(definition);
        var required = new List<object?> { "event" };
        if (merged.Any(p => p.Required))
        {
            // A payload without `properties` is treated as {}: fine unless something is required.
            required.Add("properties");
        }

        var schema = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = definition.EventName,
            ["type"] = "object",
            ["required"] = required,
            ["properties"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["event"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["const"] = definition.EventName },
                ["properties"] = PropertySchemaBuilder.Object(merged, nullable: false),
            },
        };
        if (definition.Description is { } description)
        {
            schema["description"] = description;
        }

        if (definition.Status != EventStatus.Active)
        {
            // Deprecated and planned events are warnings, not errors: the schema still accepts them.
            schema["x-trackboard-status"] = definition.Status == EventStatus.Deprecated ? "deprecated" : "planned";
            if (definition.Status == EventStatus.Deprecated)
            {
                schema["deprecated"] = true;
            }
        }

        return schema;
    }

    private static IEnumerable<EventDefinition> Events(Contract contract) =>
        contract.Events.DistinctBy(e => e.EventName, StringComparer.Ordinal).OrderBy(e => e.EventName, StringComparer.Ordinal);

    private static string Header(Contract contract)
    {
        var plan = contract.Name ?? contract.PlanId ?? "tracking plan";
        var version = contract.VersionNumber is { } number ? " version " + number.ToString(CultureInfo.InvariantCulture) : "";
        return $"Generated by Trackboard from {plan}{version}. Do not edit: regenerate from the contract.";
    }

    private static string BaseId(Contract contract) =>
        "trackboard://" + Uri.EscapeDataString(contract.PlanId is { Length: > 0 } planId ? planId : "plan");

    // Percent-encoding keeps any event name a single, collision-free path segment.
    private static string EventPath(string eventName) => "events/" + Uri.EscapeDataString(eventName) + ".schema.json";

    // A JSON Pointer token (RFC 6901) inside a URI fragment (RFC 3986), as $ref requires.
    private static string PointerFragment(string name) =>
        Uri.EscapeDataString(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
