using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Canonical;

/// <summary>
/// Writes canonical JSON tokens: no whitespace, strings escaping only what JSON requires, numbers in
/// <see cref="NumberRules.Format"/> form, and (for <see cref="JsonElement"/> values) object keys in
/// ordinal UTF-16 order. Callers write the keys of the objects they build in canonical order themselves
/// (<see cref="CanonicalModel"/>), call <see cref="Member"/> before each object value and
/// <see cref="Item"/> before each array element; the writer inserts the commas.
/// </summary>
internal sealed class CanonicalJsonWriter(int initialCapacity = 4096) : IDisposable
{
    // '"', '\' and the C0 controls are the only characters JSON requires to be escaped.
    private static readonly SearchValues<char> s_mustEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    private static readonly byte[] s_hex = "0123456789abcdef"u8.ToArray();

    private readonly PooledBuffer _output = new(initialCapacity);

    // True right after '{' or '[': the next member or item needs no comma. A single flag is enough
    // because after any closing bracket the enclosing container has at least one entry.
    private bool _first = true;

    public ReadOnlySpan<byte> WrittenSpan => _output.WrittenSpan;

    public int WrittenCount => _output.WrittenSpan.Length;

    /// <summary>
    /// A value as canonical JSON: <see cref="string"/>, <see cref="long"/>, <see cref="ulong"/> (bounds
    /// such as 2^63 that a long cannot hold), <see cref="double"/>, <see cref="bool"/>, <c>null</c>,
    /// <see cref="ScalarValue"/>, <see cref="JsonElement"/>, lists, and string-keyed dictionaries (written
    /// with their keys in ordinal order).
    /// </summary>
    public static byte[] ToBytes(object? value)
    {
        using var writer = new CanonicalJsonWriter(256);
        writer.Value(value);
        return writer.ToArray();
    }

    public byte[] ToArray() => _output.WrittenSpan.ToArray();

    public void Dispose() => _output.Dispose();

    public void StartObject()
    {
        Byte((byte)'{');
        _first = true;
    }

    public void EndObject()
    {
        Byte((byte)'}');
        _first = false;
    }

    public void StartArray()
    {
        Byte((byte)'[');
        _first = true;
    }

    public void EndArray()
    {
        Byte((byte)']');
        _first = false;
    }

    /// <summary>Writes the separator and the key of the next object member.</summary>
    public void Member(string key)
    {
        Item();
        String(key);
        Byte((byte)':');
    }

    /// <summary>Writes the separator before the next array element.</summary>
    public void Item()
    {
        if (!_first)
        {
            Byte((byte)',');
        }

        _first = false;
    }

    /// <summary>Copies already canonical bytes, such as a value serialized by another writer.</summary>
    public void Raw(ReadOnlySpan<byte> utf8) => _output.Write(utf8);

    public void Null() => _output.Write("null"u8);

    public void Boolean(bool value) => _output.Write(value ? "true"u8 : "false"u8);

    public void Number(long value)
    {
        var span = _output.GetSpan(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        _output.Advance(written);
    }

    public void Number(double value) => Ascii(NumberRules.Format(value));

    public void Scalar(ScalarValue value)
    {
        switch (value.Kind)
        {
            case ScalarKind.Null:
                Null();
                break;
            case ScalarKind.String:
                String(value.Text!);
                break;
            case ScalarKind.Boolean:
                Boolean(value.Boolean);
                break;
            default:
                if (value.Integer is { } integer)
                {
                    Number(integer);
                }
                else
                {
                    Number(value.Number);
                }

                break;
        }
    }

    /// <summary>Writes any value <see cref="ToBytes"/> accepts.</summary>
    public void Value(object? value)
    {
        switch (value)
        {
            case null:
                Null();
                break;
            case string text:
                String(text);
                break;
            case bool flag:
                Boolean(flag);
                break;
            case long integer:
                Number(integer);
                break;
            case int integer:
                Number(integer);
                break;
            case ulong unsigned:
                Ascii(unsigned.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                Number(number);
                break;
            case ScalarValue scalar:
                Scalar(scalar);
                break;
            case JsonElement element:
                Element(element);
                break;
            case IDictionary<string, object?> map:
                StartObject();
                foreach (var (key, member) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    Member(key);
                    Value(member);
                }

                EndObject();
                break;
            case System.Collections.IEnumerable list:
                StartArray();
                foreach (var item in list)
                {
                    Item();
                    Value(item);
                }

                EndArray();
                break;
            default:
                throw new ArgumentException($"Cannot write {value.GetType()} as canonical JSON.", nameof(value));
        }
    }

    /// <summary>Writes a value kept as written (examples), with its object keys sorted.</summary>
    public void Element(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                StartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    Member(property.Name);
                    Element(property.Value);
                }

                EndObject();
                break;
            case JsonValueKind.Array:
                StartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Item();
                    Element(item);
                }

                EndArray();
                break;
            case JsonValueKind.String:
                String(element.GetString()!);
                break;
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var integer))
                {
                    Number(integer);
                }
                else
                {
                    Number(element.GetDouble());
                }

                break;
            case JsonValueKind.True:
                Boolean(true);
                break;
            case JsonValueKind.False:
                Boolean(false);
                break;
            default:
                Null();
                break;
        }
    }

    /// <summary>
    /// Writes a JSON string: <c>\"</c>, <c>\\</c>, <c>\b \f \n \r \t</c>, other C0 controls as
    /// <c>\u00xx</c> (lowercase hex); everything else as UTF-8, unescaped. An unpaired surrogate (only
    /// possible in a contract built in code) is written as U+FFFD.
    /// </summary>
    public void String(string text)
    {
        Byte((byte)'"');
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            var stop = rest.IndexOfAny(s_mustEscape);
            var run = stop < 0 ? rest : rest[..stop];
            if (!run.IsEmpty)
            {
                var span = _output.GetSpan(Encoding.UTF8.GetMaxByteCount(run.Length));
                _output.Advance(Encoding.UTF8.GetBytes(run, span));
            }

            if (stop < 0)
            {
                break;
            }

            Escape(rest[stop]);
            rest = rest[(stop + 1)..];
        }

        Byte((byte)'"');
    }

    private void Escape(char c)
    {
        switch (c)
        {
            case '"':
                _output.Write("\\\""u8);
                break;
            case '\\':
                _output.Write("\\\\"u8);
                break;
            case '\b':
                _output.Write("\\b"u8);
                break;
            case '\f':
                _output.Write("\\f"u8);
                break;
            case '\n':
                _output.Write("\\n"u8);
                break;
            case '\r':
                _output.Write("\\r"u8);
                break;
            case '\t':
                _output.Write("\\t"u8);
                break;
            default:
                var span = _output.GetSpan(6);
                "\\u00"u8.CopyTo(span);
                span[4] = s_hex[c >> 4];
                span[5] = s_hex[c & 0xF];
                _output.Advance(6);
                break;
        }
    }

    private void Ascii(string text)
    {
        var span = _output.GetSpan(text.Length);
        _output.Advance(Encoding.ASCII.GetBytes(text, span));
    }

    private void Byte(byte value)
    {
        _output.GetSpan(1)[0] = value;
        _output.Advance(1);
    }
}
