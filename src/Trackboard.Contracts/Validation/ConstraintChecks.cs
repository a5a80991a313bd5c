using System.Text.RegularExpressions;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>The constraint rules of DESIGN §3 on primitive values, shared by both walkers so they cannot disagree.</summary>
internal static class ConstraintChecks
{
    public static void Number(PropertySchema property, double value, long? exact, ReadOnlySpan<byte> literal, ref ViolationSink sink)
    {
        if (property.EnumValues is { } values && !NumberInEnum(values, value, exact))
        {
            sink.Enum(property, NumberRules.Describe(value, exact, literal));
        }

        if (property.Min is { } min && value < min)
        {
            sink.Bound(ViolationCodes.MinViolation, ">= " + NumberRules.Format(min), NumberRules.Describe(value, exact, literal), "is");
        }

        if (property.Max is { } max && value > max)
        {
            sink.Bound(ViolationCodes.MaxViolation, "<= " + NumberRules.Format(max), NumberRules.Describe(value, exact, literal), "is");
        }
    }

    /// <summary>
    /// Reads a number token for a property: the exact integer when the literal is one (needed for integer
    /// types and enums), and whether an integer property accepts it.
    /// </summary>
    public static bool ReadNumber(PropertySchema property, ReadOnlySpan<byte> literal, double value, ref long? exact)
    {
        if (exact is not null || (property.Type != PropertyType.Integer && property.EnumValues is null))
        {
            return true;
        }

        if (NumberRules.TryGetIntegerLiteral(literal, out var integer, out _))
        {
            exact = integer;
            return true;
        }

        return property.Type != PropertyType.Integer;
    }

    public static void Boolean(PropertySchema property, bool value, ref ViolationSink sink)
    {
        if (property.EnumValues is { } values && !Array.Exists(values, v => v.Kind == ScalarKind.Boolean && v.Boolean == value))
        {
            sink.Enum(property, value ? "true" : "false");
        }
    }

    /// <summary>
    /// Finds which string rules fail, given enum membership and code-point length computed by the caller.
    /// Returns flags so the caller builds the value's text only when something failed.
    /// </summary>
    public static StringFailures String(PropertySchema property, bool inEnum, long length, ReadOnlySpan<char> chars)
    {
        var failures = inEnum ? StringFailures.None : StringFailures.Enum;
        if (property.MinLength is { } minLength && length < minLength)
        {
            failures |= StringFailures.MinLength;
        }

        if (property.MaxLength is { } maxLength && length > maxLength)
        {
            failures |= StringFailures.MaxLength;
        }

        if (property.Pattern is not null)
        {
            failures |= Match(property.Regex!, chars) switch
            {
                true => StringFailures.None,
                false => StringFailures.Pattern,
                null => StringFailures.PatternTimeout,
            };
        }

        if (property.Format is { } format && !FormatRules.IsValid(format, chars))
        {
            failures |= StringFailures.Format;
        }

        return failures;
    }

    /// <summary>Reports string failures in rule order.</summary>
    public static void ReportString(PropertySchema property, StringFailures failures, string text, long length, ref ViolationSink sink)
    {
        if ((failures & StringFailures.Enum) != 0)
        {
            sink.Enum(property, ViolationSink.JsonString(text));
        }

        if ((failures & StringFailures.MinLength) != 0)
        {
            sink.Counted(ViolationCodes.MinLengthViolation, ">=", property.MinLength!.Value, length, "characters");
        }

        if ((failures & StringFailures.MaxLength) != 0)
        {
            sink.Counted(ViolationCodes.MaxLengthViolation, "<=", property.MaxLength!.Value, length, "characters");
        }

        if ((failures & StringFailures.Pattern) != 0)
        {
            sink.Pattern(ViolationCodes.PatternViolation, property.Pattern!, text);
        }

        if ((failures & StringFailures.PatternTimeout) != 0)
        {
            sink.Pattern(ViolationCodes.PatternTimeout, property.Pattern!, text);
        }

        if ((failures & StringFailures.Format) != 0)
        {
            sink.Format(property.Format!, text);
        }
    }

    public static void ItemCount(PropertySchema property, long count, int insertAt, ref ViolationSink sink)
    {
        // Count rules precede what was found inside the items (DESIGN §3 rule 4 order), so they are inserted.
        var before = sink.Count;
        if (property.MinItems is { } minItems && count < minItems)
        {
            sink.Counted(ViolationCodes.MinItemsViolation, ">=", minItems, count, "items");
        }

        if (property.MaxItems is { } maxItems && count > maxItems)
        {
            sink.Counted(ViolationCodes.MaxItemsViolation, "<=", maxItems, count, "items");
        }

        sink.MoveTail(before, insertAt);
    }

    public static bool StringInEnum(PropertySchema property, string value) =>
        property.EnumValues is not { } values || Array.Exists(values, v => v.Kind == ScalarKind.String && string.Equals(v.Text, value, StringComparison.Ordinal));

    public static long CodePoints(ReadOnlySpan<char> chars)
    {
        long count = 0;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    public static long CodePoints(ReadOnlySpan<byte> utf8)
    {
        long count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    public static string KindName(System.Text.Json.JsonValueKind kind) => kind switch
    {
        System.Text.Json.JsonValueKind.String => "string",
        System.Text.Json.JsonValueKind.Number => "number",
        System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
        System.Text.Json.JsonValueKind.Array => "array",
        System.Text.Json.JsonValueKind.Object => "object",
        _ => "null",
    };

    private static bool NumberInEnum(ScalarValue[] values, double value, long? exact)
    {
        foreach (var v in values)
        {
            if (v.Kind != ScalarKind.Number)
            {
                continue;
            }

            if (exact is { } e && v.Integer is { } i ? e == i : v.Number.Equals(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool? Match(Regex regex, ReadOnlySpan<char> chars)
    {
        try
        {
            return regex.IsMatch(chars);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
