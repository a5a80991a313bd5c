using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Import;
using Trackboard.Contracts.Model;

namespace Trackboard.Server.Import;

/// <summary>
/// Runs the importer of Trackboard.Contracts that fits a request's <c>format</c>; the CLI's <c>trackboard import</c>
/// uses the same importers, so a file imports the same way in both.
/// </summary>
internal static class ImportFormats
{
    public const string Csv = "csv";
    public const string Segment = "segment";
    public const string JsonSchema = "json-schema";
    public const string Structured = "structured";
    public const string Json = "json";
    public const string Yaml = "yaml";
    public const string Template = "template";

    public static IReadOnlyList<string> All { get; } = [Csv, Segment, JsonSchema, Structured, Json, Yaml, Template];

    // A starting point for a new plan: one identity global and one event that links it.
    private const string StarterTemplate = """
        {
          "global_properties": [
            {"name": "user_id", "type": "string", "required": true, "description": "The signed-in user's id."}
          ],
          "events": [
            {
              "event_name": "page_viewed",
              "description": "Someone opened a page.",
              "category": "navigation",
              "properties": [{"name": "page_path", "type": "string", "required": true, "description": "Path of the page, without the query."}],
              "global_properties": ["user_id"]
            }
          ]
        }
        """;

    /// <summary>The import, or the reason the request's <c>data</c> cannot be read at all (with the JSON path it is about).</summary>
    public static (ImportResult? Result, string? Error, string Path) Run(string format, JsonElement request, Contract metadata)
    {
        var data = request.TryGetProperty("data", out var d) ? d : default;
        switch (format)
        {
            case Csv:
                return data.ValueKind == JsonValueKind.String
                    ? (CsvImporter.Import(data.GetString()!, metadata), null, "$.data")
                    : (null, "data must be the CSV text as a string.", "$.data");
            case Segment:
                return WithJson(data, root => SegmentImporter.Import(root, "data", metadata));
            case JsonSchema:
                return WithJson(data, root => JsonSchemaImporter.Import(Schemas(root), metadata));
            case Template:
                using (var template = JsonDocument.Parse(StarterTemplate))
                {
                    return (TrackboardImporter.Import(template.RootElement, metadata), null, "$");
                }
            case Yaml:
                if (data.ValueKind != JsonValueKind.String)
                {
                    return (null, "data must be the YAML text as a string.", "$.data");
                }
                var (node, error) = YamlJson.Convert(data.GetString()!);
                if (error is not null)
                {
                    return (null, error, "$.data");
                }
                using (var converted = JsonDocument.Parse(node?.ToJsonString() ?? "null"))
                {
                    return (TrackboardImporter.Import(converted.RootElement, metadata), null, "$.data");
                }
            case Structured when data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null:
                // The original API also took events and global_properties at the top level of the request.
                return (TrackboardImporter.Import(request, metadata), null, "$");
            default:
                return WithJson(data, root => TrackboardImporter.Import(root, metadata));
        }
    }

    /// <summary>A bundle or one event schema as an object, several event schemas as an array.</summary>
    private static List<(string, JsonElement)> Schemas(JsonElement root) =>
        root.ValueKind == JsonValueKind.Array
            ? [.. root.EnumerateArray().Select((schema, i) => ($"data[{i}]", schema))]
            : [("data", root)];

    /// <summary>JSON data given inline, or as a string holding JSON (how a file's text arrives).</summary>
    private static (ImportResult?, string?, string) WithJson(JsonElement data, Func<JsonElement, ImportResult> import)
    {
        if (data.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return (null, "data is required: the document to import.", "$.data");
        }
        if (data.ValueKind != JsonValueKind.String)
        {
            return (import(data), null, "$.data");
        }
        try
        {
            using var document = JsonDocument.Parse(data.GetString()!, new JsonDocumentOptions { MaxDepth = 64 });
            return (import(document.RootElement), null, "$.data");
        }
        catch (JsonException e)
        {
            return (null, $"data is a string but not JSON: {e.Message}", "$.data");
        }
    }

    /// <summary>A node of the imported contract's canonical JSON, keyed by name, for splicing into the branch.</summary>
    public static Dictionary<string, JsonObject> ByName(JsonNode? list, string key) =>
        (list as JsonArray ?? []).OfType<JsonObject>().ToDictionary(n => n[key]!.GetValue<string>(), StringComparer.Ordinal);
}
