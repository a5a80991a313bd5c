using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Canonical;

/// <summary>
/// Writes JSON values in canonical form: object keys sorted by ordinal UTF-16 order, no whitespace,
/// numbers in <see cref="NumberRules.Format"/> form, strings escaping only what JSON requires.
/// Values are <see cref="string"/>, <see cref="long"/>, <see cref="ulong"/> (bounds such as 2^63 that a long
/// cannot hold), <see cref="double"/>, <see cref="bool"/>,
/// <c>null</c>, <see cref="ScalarValue"/>, <see cref="JsonElement"/>, lists and string-keyed dictionaries.
/// </summary>
internal static class CanonicalJsonWriter
{
    public static byte[] ToBytes(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        Write(buffer, value);
        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(IBufferWriter<byte> output, object? value)
    {
        switch (value)
        {
            case null:
                Raw(output, "null");
                break;
            case string text:
                WriteString(output, text);
                break;
            case bool flag:
                Raw(output, flag ? "true" : "false");
                break;
            case long integer:
                Raw(output, integer.ToString(CultureInfo.InvariantCulture));
                break;
            case ulong unsigned:
                Raw(output, unsigned.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                Raw(output, NumberRules.Format(number));
                break;
            case ScalarValue scalar:
                WriteScalar(output, scalar);
                break;
            case JsonElement element:
                WriteElement(output, element);
                break;
            case IDictionary<string, object?> map:
                WriteObject(output, map.Select(p => (p.Key, p.Value)));
                break;
            case System.Collections.IEnumerable list:
                Raw(output, "[");
                var first = true;
                foreach (var item in list)
                {
                    if (!first)
                    {
                        Raw(output, ",");
                    }

                    first = false;
                    Write(output, item);
                }

                Raw(output, "]");
                break;
            default:
                throw new ArgumentException($"Cannot write {value.GetType()} as canonical JSON.", nameof(value));
        }
    }

    private static void WriteScalar(IBufferWriter<byte> output, ScalarValue scalar)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Null:
                Raw(output, "null");
                break;
            case ScalarKind.String:
                WriteString(output, scalar.Text!);
                break;
            case ScalarKind.Boolean:
                Raw(output, scalar.Boolean ? "true" : "false");
                break;
            default:
                Raw(output, scalar.Integer is { } i ? i.ToString(CultureInfo.InvariantCulture) : NumberRules.Format(scalar.Number));
                break;
        }
    }

    private static void WriteElement(IBufferWriter<byte> output, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(output, element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)));
                break;
            case JsonValueKind.Array:
                Write(output, element.EnumerateArray().Select(e => (object?)e).ToList());
                break;
            case JsonValueKind.String:
                WriteString(output, element.GetString()!);
                break;
            case JsonValueKind.Number:
                Raw(output, element.TryGetInt64(out var i) ? i.ToString(CultureInfo.InvariantCulture) : NumberRules.Format(element.GetDouble()));
                break;
            case JsonValueKind.True:
                Raw(output, "true");
                break;
            case JsonValueKind.False:
                Raw(output, "false");
                break;
            default:
                Raw(output, "null");
                break;
        }
    }

    private static void WriteObject(IBufferWriter<byte> output, IEnumerable<(string Key, object? Value)> members)
    {
        Raw(output, "{");
        var first = true;
        foreach (var (key, value) in members.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!first)
            {
                Raw(output, ",");
            }

            first = false;
            WriteString(output, key);
            Raw(output, ":");
            Write(output, value);
        }

        Raw(output, "}");
    }

    private static void WriteString(IBufferWriter<byte> output, string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        builder.Append('"');
        Raw(output, builder.ToString());
    }

    private static void Raw(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
        var written = Encoding.UTF8.GetBytes(text, span);
        output.Advance(written);
    }
}
