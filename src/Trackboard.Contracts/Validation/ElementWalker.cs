using System.Runtime.InteropServices;
using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>Validates a parsed <see cref="JsonElement"/>. Mirrors <see cref="Utf8Walker"/> rule for rule.</summary>
internal static class ElementWalker
{
    public static void ValidateObject(ObjectSchema schema, JsonElement value, ref ViolationSink sink)
    {
        var start = sink.Count;
        var seen = new byte[schema.Required.Length];
        foreach (var member in value.EnumerateObject())
        {
            if (!schema.ByName.TryGetValue(member.Name, out var property))
            {
                sink.Path.PushName(member.Name);
                sink.UnknownProperty(ConstraintChecks.KindName(member.Value.ValueKind));
                sink.Path.Pop();
                continue;
            }

            if (member.Value.ValueKind == JsonValueKind.Null)
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
            ValidateValue(property, member.Value, ref sink);
            sink.Path.Pop();
        }

        var insertAt = start;
        for (var i = 0; i < seen.Length; i++)
        {
            if (seen[i] != 2)
            {
                sink.Insert(insertAt++, sink.MissingRequired(schema.Required[i], isNull: seen[i] == 1));
            }
        }
    }

    private static void ValidateValue(PropertySchema property, JsonElement value, ref ViolationSink sink)
    {
        var kind = value.ValueKind;
        switch (property.Type)
        {
            case PropertyType.String when kind == JsonValueKind.String:
                CheckString(property, value.GetString()!, ref sink);
                return;
            case PropertyType.Integer or PropertyType.Float when kind == JsonValueKind.Number:
                var exact = value.TryGetInt64(out var integer) ? integer : (long?)null;
                var literal = JsonMarshal.GetRawUtf8Value(value);
                var number = exact ?? ReadDouble(value, literal);
                if (!ConstraintChecks.ReadNumber(property, literal, number, ref exact))
                {
                    sink.TypeMismatch(property, "number");
                    return;
                }

                ConstraintChecks.Number(property, number, exact, literal, ref sink);
                return;
            case PropertyType.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                ConstraintChecks.Boolean(property, kind == JsonValueKind.True, ref sink);
                return;
            case PropertyType.Array when kind == JsonValueKind.Array:
                CheckArray(property, value, ref sink);
                return;
            case PropertyType.Object when kind == JsonValueKind.Object:
                if (property.Object is { } schema)
                {
                    ValidateObject(schema, value, ref sink);
                }

                return;
            default:
                sink.TypeMismatch(property, ConstraintChecks.KindName(kind));
                return;
        }
    }

    private static void CheckArray(PropertySchema property, JsonElement value, ref ViolationSink sink)
    {
        var start = sink.Count;
        var count = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (property.Items is { } items)
            {
                sink.Path.PushIndex(count);
                ValidateValue(items, item, ref sink);
                sink.Path.Pop();
            }

            count++;
        }

        ConstraintChecks.ItemCount(property, count, start, ref sink);
    }

    private static void CheckString(PropertySchema property, string text, ref ViolationSink sink)
    {
        if (!property.HasStringChecks)
        {
            return;
        }

        var length = ConstraintChecks.CodePoints(text);
        var failures = ConstraintChecks.String(property, ConstraintChecks.StringInEnum(property, text), length, text);
        if (failures != StringFailures.None)
        {
            ConstraintChecks.ReportString(property, failures, text, length, ref sink);
        }
    }

    // A literal beyond the double range reads as an infinity, as JSON.parse does.
    private static double ReadDouble(JsonElement value, ReadOnlySpan<byte> literal) =>
        value.TryGetDouble(out var number) ? number : literal[0] == (byte)'-' ? double.NegativeInfinity : double.PositiveInfinity;
}
