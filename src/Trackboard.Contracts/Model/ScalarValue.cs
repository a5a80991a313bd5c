using System.Globalization;

namespace Trackboard.Contracts.Model;

/// <summary>The JSON kind of a scalar value.</summary>
public enum ScalarKind
{
    /// <summary>JSON <c>null</c>.</summary>
    Null,

    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON number.</summary>
    Number,

    /// <summary>JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,
}

/// <summary>
/// A JSON scalar (enum values). Numbers keep their exact 64-bit integer value when they have one,
/// otherwise their double value; two numbers are equal when their mathematical values are equal.
/// </summary>
public sealed record ScalarValue
{
    private ScalarValue(ScalarKind kind, string? text, double number, long? integer, bool boolean)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Integer = integer;
        Boolean = boolean;
    }

    /// <summary>The JSON kind.</summary>
    public ScalarKind Kind { get; }

    /// <summary>The string value when <see cref="Kind"/> is <see cref="ScalarKind.String"/>.</summary>
    public string? Text { get; }

    /// <summary>The numeric value when <see cref="Kind"/> is <see cref="ScalarKind.Number"/>.</summary>
    public double Number { get; }

    /// <summary>The exact integer value of a number that is integral and fits 64 bits.</summary>
    public long? Integer { get; }

    /// <summary>The boolean value when <see cref="Kind"/> is <see cref="ScalarKind.Boolean"/>.</summary>
    public bool Boolean { get; }

    /// <summary>JSON <c>null</c>.</summary>
    public static ScalarValue Null { get; } = new(ScalarKind.Null, null, 0, null, false);

    /// <summary>A string value.</summary>
    public static ScalarValue FromString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(ScalarKind.String, value, 0, null, false);
    }

    /// <summary>A boolean value.</summary>
    public static ScalarValue FromBoolean(bool value) => new(ScalarKind.Boolean, null, 0, null, value);

    /// <summary>An integer value.</summary>
    public static ScalarValue FromInteger(long value) => new(ScalarKind.Number, null, value, value, false);

    /// <summary>A number; integral values that fit 64 bits also get <see cref="Integer"/>.</summary>
    public static ScalarValue FromDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "JSON numbers are finite.");
        }

        long? integer = NumberRules.TryGetExactInteger(value, out var exact) ? exact : null;
        return new(ScalarKind.Number, null, value, integer, false);
    }

    /// <summary>True when this value equals another by JSON kind and value (<c>1</c> equals <c>1.0</c>, not <c>"1"</c>).</summary>
    public bool JsonEquals(ScalarValue other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Kind != other.Kind)
        {
            return false;
        }

        return Kind switch
        {
            ScalarKind.Null => true,
            ScalarKind.String => string.Equals(Text, other.Text, StringComparison.Ordinal),
            ScalarKind.Boolean => Boolean == other.Boolean,
            // A number with an exact 64-bit value can only equal another such number: 2^63 - 1 and the
            // double 2^63 are different values even though the former rounds to the latter.
            _ => Integer is { } a ? other.Integer == a : other.Integer is null && Number.Equals(other.Number),
        };
    }

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        ScalarKind.Null => "null",
        ScalarKind.String => Text!,
        ScalarKind.Boolean => Boolean ? "true" : "false",
        _ => Integer is { } i ? i.ToString(CultureInfo.InvariantCulture) : NumberRules.Format(Number),
    };
}
