using System.Buffers.Binary;
using System.Text;

namespace Trackboard.Guard.Tests.Support;

/// <summary>
/// Reads the spans out of an OTLP <c>ExportTraceServiceRequest</c> (protobuf) with a minimal wire-format reader: the
/// fields of opentelemetry/proto/trace/v1/trace.proto the tests need, everything else skipped.
/// </summary>
internal static class OtlpReader
{
    public static List<OtlpSpan> Spans(byte[] request)
    {
        var spans = new List<OtlpSpan>();
        foreach (var (field, resourceSpans) in Fields(request))
        {
            if (field != 1)
            {
                continue;
            }

            IReadOnlyDictionary<string, object> resource = new Dictionary<string, object>();
            var scopeSpansList = new List<byte[]>();
            foreach (var (f, value) in Fields(resourceSpans))
            {
                if (f == 1)
                {
                    resource = Attributes(value, 1);
                }
                else if (f == 2)
                {
                    scopeSpansList.Add(value);
                }
            }

            foreach (var scopeSpans in scopeSpansList)
            {
                var scope = "";
                foreach (var (f, value) in Fields(scopeSpans))
                {
                    if (f == 1)
                    {
                        scope = Fields(value).Where(x => x.Field == 1).Select(x => Encoding.UTF8.GetString(x.Value)).FirstOrDefault() ?? "";
                    }
                    else if (f == 2)
                    {
                        spans.Add(Span(resource, scope, value));
                    }
                }
            }
        }

        return spans;
    }

    private static OtlpSpan Span(IReadOnlyDictionary<string, object> resource, string scope, byte[] span)
    {
        string name = "", spanId = "", parent = "";
        var kind = 0;
        var status = 0;
        foreach (var (field, value) in Fields(span))
        {
            switch (field)
            {
                case 2:
                    spanId = Convert.ToHexString(value);
                    break;
                case 4:
                    parent = Convert.ToHexString(value);
                    break;
                case 5:
                    name = Encoding.UTF8.GetString(value);
                    break;
                case 6:
                    kind = (int)Varint(value);
                    break;
                case 15:
                    status = (int)Fields(value).Where(x => x.Field == 3).Select(x => Varint(x.Value)).FirstOrDefault();
                    break;
            }
        }

        return new OtlpSpan(resource, scope, name, kind, spanId, parent, status, Attributes(span, 9));
    }

    /// <summary>The KeyValue attributes in field <paramref name="field"/> of a message (string, bool, int and double values).</summary>
    private static Dictionary<string, object> Attributes(byte[] message, int field)
    {
        var attributes = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (f, keyValue) in Fields(message))
        {
            if (f != field)
            {
                continue;
            }

            var key = "";
            object? value = null;
            foreach (var (kf, kv) in Fields(keyValue))
            {
                if (kf == 1)
                {
                    key = Encoding.UTF8.GetString(kv);
                }
                else if (kf == 2)
                {
                    foreach (var (af, av) in Fields(kv))
                    {
                        value = af switch
                        {
                            1 => Encoding.UTF8.GetString(av),
                            2 => Varint(av) != 0,
                            3 => (long)Varint(av),
                            4 => BitConverter.Int64BitsToDouble(BinaryPrimitives.ReadInt64LittleEndian(av)),
                            _ => value,
                        };
                    }
                }
            }

            if (value is not null)
            {
                attributes[key] = value;
            }
        }

        return attributes;
    }

    /// <summary>The fields of a message in order; a varint or fixed field's value is its raw bytes.</summary>
    private static List<(int Field, byte[] Value)> Fields(byte[] message)
    {
        var fields = new List<(int, byte[])>();
        var at = 0;
        while (at < message.Length)
        {
            var tag = ReadVarint(message, ref at);
            var field = (int)(tag >> 3);
            var start = at;
            switch (tag & 7)
            {
                case 0:
                    ReadVarint(message, ref at);
                    break;
                case 1:
                    at += 8;
                    break;
                case 2:
                    var length = (int)ReadVarint(message, ref at);
                    start = at;
                    at += length;
                    break;
                case 5:
                    at += 4;
                    break;
                default:
                    throw new FormatException($"Unsupported wire type {tag & 7} at byte {start}.");
            }

            fields.Add((field, message[start..at]));
        }

        return fields;
    }

    private static ulong Varint(byte[] bytes)
    {
        var at = 0;
        return ReadVarint(bytes, ref at);
    }

    private static ulong ReadVarint(byte[] bytes, ref int at)
    {
        ulong result = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
    }
}
