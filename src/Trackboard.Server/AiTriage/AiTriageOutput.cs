using System.Text.Json;
using System.Text.Json.Nodes;

namespace Trackboard.Server.AiTriage;

/// <summary>
/// The schema an AI answer must meet before anyone sees it: the chat completion's <c>choices[0].message.content</c> is one JSON
/// object with exactly <c>summary</c> (string), <c>probable_causes</c> and <c>suggested_fixes</c> (1–10 strings each) and
/// <c>confidence</c> (<c>low</c>, <c>medium</c>, <c>high</c>). Anything else is malformed, with the path at fault.
/// </summary>
internal static class AiTriageOutput
{
    public const int MaxSummary = 2000;
    public const int MaxItem = 500;
    public const int MaxItems = 10;
    private static readonly string[] s_members = ["summary", "probable_causes", "suggested_fixes", "confidence"];
    private static readonly string[] s_confidence = ["low", "medium", "high"];

    /// <summary>Reads a chat-completions response body; returns the checked answer as a new object, or the reason it is malformed.</summary>
    public static (JsonObject? Output, string? Error) FromCompletion(string body)
    {
        string? content;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 32 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array
                || choices.GetArrayLength() == 0)
            {
                return (null, "$.choices: the response has no choices.");
            }
            var first = choices[0];
            content = first.ValueKind == JsonValueKind.Object && first.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
                && message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        }
        catch (JsonException e)
        {
            return (null, "$: the response is not JSON (" + e.Message + ").");
        }
        return content is null ? (null, "$.choices[0].message.content: missing or not a string.") : Check(content);
    }

    /// <summary>Checks the model's content (the JSON text it wrote).</summary>
    public static (JsonObject? Output, string? Error) Check(string content)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(content, documentOptions: new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return (null, "content: not a JSON object.");
        }
        if (node is not JsonObject obj)
        {
            return (null, "content: not a JSON object.");
        }
        if (obj.Select(p => p.Key).FirstOrDefault(k => !s_members.Contains(k, StringComparer.Ordinal)) is { } extra)
        {
            return (null, $"content.{extra}: not part of the schema.");
        }
        if (obj["summary"] is not JsonValue summaryValue || !summaryValue.TryGetValue<string>(out var summary) || summary.Trim().Length == 0 || summary.Length > MaxSummary)
        {
            return (null, $"content.summary: must be a non-empty string of at most {MaxSummary} characters.");
        }
        var (causes, causesError) = Strings(obj, "probable_causes");
        if (causesError is not null)
        {
            return (null, causesError);
        }
        var (fixes, fixesError) = Strings(obj, "suggested_fixes");
        if (fixesError is not null)
        {
            return (null, fixesError);
        }
        if (obj["confidence"] is not JsonValue confidenceValue || !confidenceValue.TryGetValue<string>(out var confidence) || !s_confidence.Contains(confidence, StringComparer.Ordinal))
        {
            return (null, "content.confidence: must be one of low, medium, high.");
        }
        return (new JsonObject
        {
            ["summary"] = summary.Trim(),
            ["probable_causes"] = new JsonArray([.. causes!.Select(x => (JsonNode)x)]),
            ["suggested_fixes"] = new JsonArray([.. fixes!.Select(x => (JsonNode)x)]),
            ["confidence"] = confidence,
        }, null);
    }

    private static (List<string>? Items, string? Error) Strings(JsonObject obj, string name)
    {
        if (obj[name] is not JsonArray array || array.Count is 0 or > MaxItems)
        {
            return (null, $"content.{name}: must be an array of 1 to {MaxItems} strings.");
        }
        var items = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonValue value || !value.TryGetValue<string>(out var text) || text.Trim().Length == 0 || text.Length > MaxItem)
            {
                return (null, $"content.{name}[{i}]: must be a non-empty string of at most {MaxItem} characters.");
            }
            items.Add(text.Trim());
        }
        return (items, null);
    }
}
