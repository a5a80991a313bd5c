using System.Buffers;
using System.Text.Json;

namespace Trackboard.Contracts.Loading;

/// <summary>Turns <see cref="SourceNode"/>s back into JSON elements (for example values kept as written).</summary>
internal static class SourceJson
{
    public static JsonElement ToElement(SourceNode node)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, SourceNode node)
    {
        switch (node.Kind)
        {
            case SourceKind.Object:
                writer.WriteStartObject();
                foreach (var member in node.Members!)
                {
                    writer.WritePropertyName(member.Key);
                    Write(writer, member.Value);
                }

                writer.WriteEndObject();
                break;
            case SourceKind.Array:
                writer.WriteStartArray();
                foreach (var item in node.Items!)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case SourceKind.String:
                writer.WriteStringValue(node.Text);
                break;
            case SourceKind.Number:
                writer.WriteRawValue(node.RawNumber!, skipInputValidation: true);
                break;
            case SourceKind.True:
                writer.WriteBooleanValue(true);
                break;
            case SourceKind.False:
                writer.WriteBooleanValue(false);
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
