using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Ui;

/// <summary>Conversions between form text and the JSON fragments the Server's handlers take.</summary>
internal static class JsonText
{
    /// <summary>
    /// A JSON array as typed, or a comma-separated list whose items become numbers or booleans when the property
    /// type asks for them, so <c>1, 2</c> on an integer is <c>[1,2]</c> and <c>web, ios</c> is <c>["web","ios"]</c>.
    /// </summary>
    public static JsonArray? Values(string? text, string type)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                if (JsonNode.Parse(trimmed) is JsonArray array)
                {
                    return array;
                }
            }
            catch (JsonException)
            {
            }
        }
        return new JsonArray([.. trimmed.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(v => Scalar(v, type))]);
    }

    /// <summary>Values as the form shows them: comma-separated when every item is a plain scalar, else JSON.</summary>
    public static string? Show(JsonNode? node)
    {
        if (node is not JsonArray array || array.Count == 0)
        {
            return null;
        }
        var plain = array.All(v => v is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            && !(value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Contains(',', StringComparison.Ordinal)));
        return plain ? string.Join(", ", array.Select(v => v is JsonValue s && s.GetValueKind() == JsonValueKind.String ? s.GetValue<string>() : v!.ToJsonString())) : array.ToJsonString();
    }

    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    public static double? Number(JsonNode? node) => node is JsonValue value && value.TryGetValue(out double number) ? number : null;

    public static int? Integer(JsonNode? node) => node is JsonValue value && value.TryGetValue(out int number) ? number : null;

    public static bool Flag(JsonNode? node) => node is JsonValue value && value.TryGetValue(out bool flag) && flag;

    public static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(Text).OfType<string>() : [];

    private static JsonNode? Scalar(string value, string type)
    {
        if (type is "integer" or "float" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
        {
            return JsonNode.Parse(value);
        }
        if (type == "boolean" && value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }
        return JsonValue.Create(value);
    }
}
