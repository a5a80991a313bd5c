using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Trackboard.Guard.Policy;

/// <summary>
/// Edits an event's JSON by inserting bytes into the client's original text, so every field it sent
/// (known to Guard or not) is forwarded as sent.
/// </summary>
internal static class JsonSplice
{
    /// <summary>Adds <c>"type":"track"</c> (etc.) when the call came to a single-call endpoint without one.</summary>
    public static byte[] EnsureType(byte[] json, string callType)
    {
        var (rootOpen, _, _) = FindTopLevel(json, "type"u8);
        return rootOpen < 0 || Has(json, "type"u8)
            ? json
            : Insert(json, rootOpen + 1, Encoding.UTF8.GetBytes($"\"type\":\"{callType}\"" + (IsEmptyObject(json, rootOpen) ? "" : ",")));
    }

    /// <summary>Adds <c>context.trackboard = {violations, contract_version}</c>.</summary>
    public static byte[] AddTrackboardContext(byte[] json, string violationsJson, string contractVersion)
    {
        var annotation = $"{{\"violations\":{violationsJson},\"contract_version\":{JsonSerializer.Serialize(contractVersion, GuardJsonContext.Default.String)}}}";
        var (rootOpen, contextStart, contextKind) = FindTopLevel(json, "context"u8);
        if (contextStart < 0)
        {
            return Insert(json, rootOpen + 1, Encoding.UTF8.GetBytes($"\"context\":{{\"trackboard\":{annotation}}}" + (IsEmptyObject(json, rootOpen) ? "" : ",")));
        }

        if (contextKind == JsonTokenType.StartObject && !Has(json.AsSpan(contextStart), "trackboard"u8))
        {
            return Insert(json, contextStart + 1, Encoding.UTF8.GetBytes("\"trackboard\":" + annotation + (IsEmptyObject(json, contextStart) ? "" : ",")));
        }

        // `context` is not an object, or already carries `trackboard`: rebuild just that member.
        var node = JsonNode.Parse(json)!.AsObject();
        var context = node["context"] as JsonObject ?? [];
        node["context"] = context;
        context["trackboard"] = JsonNode.Parse(annotation);
        return Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static byte[] Insert(byte[] json, int at, byte[] insert)
    {
        var result = new byte[json.Length + insert.Length];
        json.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result, at);
        json.AsSpan(at).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static bool IsEmptyObject(byte[] json, int openBrace)
    {
        var reader = new Utf8JsonReader(json.AsSpan(openBrace));
        reader.Read();
        reader.Read();
        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool Has(ReadOnlySpan<byte> json, ReadOnlySpan<byte> key)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(key))
            {
                return true;
            }

            reader.Read();
            reader.Skip();
        }

        return false;
    }

    /// <summary>Offset of the root '{', and of the value of the top-level member <paramref name="key"/> (-1 when absent) with its kind.</summary>
    private static (int RootOpen, int ValueStart, JsonTokenType Kind) FindTopLevel(byte[] json, ReadOnlySpan<byte> key)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return (-1, -1, JsonTokenType.None);
        }

        var root = (int)reader.TokenStartIndex;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(key);
            reader.Read();
            if (match)
            {
                return (root, (int)reader.TokenStartIndex, reader.TokenType);
            }

            reader.Skip();
        }

        return (root, -1, JsonTokenType.None);
    }
}
