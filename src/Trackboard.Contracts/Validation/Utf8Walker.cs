using System.Buffers;
using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// Validates a payload straight from UTF-8 bytes with <see cref="Utf8JsonReader"/>: no DOM, and no heap
/// allocation while the event is valid. Mirrors <see cref="ElementWalker"/> rule for rule.
/// </summary>
internal static class Utf8Walker
{
    private const int StackChars = 256;

    public static void ValidateObject(ObjectSchema schema, ref Utf8JsonReader reader, ref ViolationSink sink)
    {
        // The reader is on StartObject.
        var start = sink.Count;
        var required = schema.Required.Length;
        Span<byte> seen = required <= 128 ? stackalloc byte[required] : new byte[required];
        seen.Clear();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var property = Lookup(schema, ref reader);
            var unknownName = property is null ? reader.GetString()! : null;
            reader.Read();
            if (property is null)
            {
                sink.Path.PushName(unknownName!);
                sink.UnknownProperty(KindName(reader.TokenType));
                sink.Path.Pop();
                reader.Skip();
                continue;
            }

            if (reader.TokenType == JsonTokenType.Null)
            {
                if (property.RequiredIndex >= 0 && seen[property.RequiredIndex] == 0)
                {
                    seen[property.RequiredIndex] = 1;
                }

                continue;
            }

            if (property.RequiredIndex >= 0)
            {
                seen[property.RequiredIndex] = 2;
            }

            sink.Path.PushName(property.Name);
            ValidateValue(property, ref reader, ref sink);
            sink.Path.Pop();
        }

        var insertAt = start;
        for (var i = 0; i < required; i++)
        {
            if (seen[i] != 2)
            {
                sink.Insert(insertAt++, sink.MissingRequired(schema.Required[i], isNull: seen[i] == 1));
            }
        }
    }

    private static void ValidateValue(PropertySchema property, ref Utf8JsonReader reader, ref ViolationSink sink)
    {
        var token = reader.TokenType;
        switch (property.Type)
        {
            case PropertyType.String when token == JsonTokenType.String:
                CheckString(property, ref reader, ref sink);
                return;
            case PropertyType.Integer or PropertyType.Float when token == JsonTokenType.Number:
                var exact = reader.TryGetInt64(out var integer) ? integer : (long?)null;
                var value = exact ?? ReadDouble(ref reader);
                if (!ConstraintChecks.ReadNumber(property, reader.ValueSpan, value, ref exact))
                {
                    sink.TypeMismatch(property, "number");
                    return;
                }

                ConstraintChecks.Number(property, value, exact, reader.ValueSpan, ref sink);
                return;
            case PropertyType.Boolean when token is JsonTokenType.True or JsonTokenType.False:
                ConstraintChecks.Boolean(property, token == JsonTokenType.True, ref sink);
                return;
            case PropertyType.Array when token == JsonTokenType.StartArray:
                CheckArray(property, ref reader, ref sink);
                return;
            case PropertyType.Object when token == JsonTokenType.StartObject:
                if (property.Object is { } schema)
                {
                    ValidateObject(schema, ref reader, ref sink);
                }
                else
                {
                    reader.Skip();
                }

                return;
            default:
                sink.TypeMismatch(property, KindName(token));
                reader.Skip();
                return;
        }
    }

    private static void CheckArray(PropertySchema property, ref Utf8JsonReader reader, ref ViolationSink sink)
    {
        var start = sink.Count;
        var count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (property.Items is { } items)
            {
                sink.Path.PushIndex(count);
                ValidateValue(items, ref reader, ref sink);
                sink.Path.Pop();
            }
            else
            {
                reader.Skip();
            }

            count++;
        }

        ConstraintChecks.ItemCount(property, count, start, ref sink);
    }

    private static void CheckString(PropertySchema property, ref Utf8JsonReader reader, ref ViolationSink sink)
    {
        if (!property.HasStringChecks)
        {
            if (reader.ValueIsEscaped)
            {
                EnsureUnicode(ref reader);
            }

            return;
        }

        var inEnum = property.EnumUtf8 is not { } enumUtf8 || InEnum(enumUtf8, ref reader);
        if (!property.NeedsChars && !reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var length = ConstraintChecks.CodePoints(reader.ValueSpan);
            var failures = ConstraintChecks.String(property, inEnum, length, []);
            if (failures != StringFailures.None)
            {
                ConstraintChecks.ReportString(property, failures, reader.GetString()!, length, ref sink);
            }

            return;
        }

        var maxChars = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = maxChars <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(maxChars));
        try
        {
            var chars = buffer[..reader.CopyString(buffer)];
            var length = ConstraintChecks.CodePoints(chars);
            var failures = ConstraintChecks.String(property, inEnum, length, chars);
            if (failures != StringFailures.None)
            {
                ConstraintChecks.ReportString(property, failures, chars.ToString(), length, ref sink);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    // Transcoding throws on a lone surrogate escape, as the document path's GetString does.
    private static void EnsureUnicode(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        char[]? rented = null;
        var buffer = length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            reader.CopyString(buffer);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool InEnum(byte[]?[] enumUtf8, ref Utf8JsonReader reader)
    {
        foreach (var candidate in enumUtf8)
        {
            if (candidate is not null && reader.ValueTextEquals(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static PropertySchema? Lookup(ObjectSchema schema, ref Utf8JsonReader reader) =>
        reader.ValueIsEscaped || reader.HasValueSequence
            ? schema.ByName.GetValueOrDefault(reader.GetString()!)
            : schema.ByUtf8.Find(reader.ValueSpan);

    // A literal beyond the double range reads as an infinity, as JSON.parse does.
    private static double ReadDouble(ref Utf8JsonReader reader) =>
        reader.TryGetDouble(out var value) ? value : reader.ValueSpan[0] == (byte)'-' ? double.NegativeInfinity : double.PositiveInfinity;

    public static string KindName(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.StartArray => "array",
        JsonTokenType.StartObject => "object",
        _ => "null",
    };
}
