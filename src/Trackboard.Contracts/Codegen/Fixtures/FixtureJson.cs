using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Fixtures;

/// <summary>JSON values and bytes for fixtures: indented with LF, non-ASCII kept readable.</summary>
internal static class FixtureJson
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonNode? Scalar(ScalarValue value) => value.Kind switch
    {
        ScalarKind.String => JsonValue.Create(value.Text),
        ScalarKind.Boolean => JsonValue.Create(value.Boolean),
        ScalarKind.Number => value.Integer is { } i ? JsonValue.Create(i) : JsonValue.Create(value.Number),
        _ => null,
    };

    public static byte[] Bytes(JsonNode node)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node, s_options);
        return [.. bytes, (byte)'\n'];
    }
}
