using System.Buffers;
using System.Text.Json;

namespace Trackboard.Contracts.Loading;

/// <summary>
/// Turns <see cref="SourceNode"/>s back into JSON elements (example values kept as written). Lists are
/// handed out empty and filled by <see cref="Complete"/> from one document for the whole load: a large
/// plan has tens of thousands of example lists, and a document each would dominate the load time.
/// </summary>
internal sealed class SourceJson
{
    private readonly List<(List<JsonElement> Target, SourceNode[] Nodes)> _pending = [];

    /// <summary>A list that holds the values of <paramref name="nodes"/> once <see cref="Complete"/> has run.</summary>
    public List<JsonElement> Defer(SourceNode[] nodes)
    {
        var target = new List<JsonElement>(nodes.Length);
        if (nodes.Length > 0)
        {
            _pending.Add((target, nodes));
        }

        return target;
    }

    public void Complete()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            writer.WriteStartArray();
            foreach (var (_, nodes) in _pending)
            {
                writer.WriteStartArray();
                foreach (var node in nodes)
                {
                    Write(writer, node);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.WrittenMemory, new JsonDocumentOptions { MaxDepth = SourceParser.MaxDepth + 2 });
        var index = 0;
        foreach (var list in document.RootElement.Clone().EnumerateArray())
        {
            _pending[index++].Target.AddRange(list.EnumerateArray());
        }

        _pending.Clear();
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
