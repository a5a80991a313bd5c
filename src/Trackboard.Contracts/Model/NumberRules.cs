using System.Globalization;
using System.Text;

namespace Trackboard.Contracts.Model;

/// <summary>
/// The number rules every part shares: what counts as an integer, and the canonical text of a number
/// (the shortest round-trip digits laid out as ECMAScript's <c>Number.prototype.toString</c> does).
/// </summary>
public static class NumberRules
{
    /// <summary>-2^63 as a double: the smallest integer Trackboard accepts.</summary>
    public const double MinInteger = -9223372036854775808d;

    /// <summary>2^63 as a double: integers must be strictly below it.</summary>
    public const double IntegerUpperBoundExclusive = 9223372036854775808d;

    /// <summary>True when <paramref name="value"/> has no fractional part and lies in the signed 64-bit range.</summary>
    public static bool IsInteger(double value) =>
        double.IsFinite(value) && Math.Floor(value) == value && value >= MinInteger && value < IntegerUpperBoundExclusive;

    /// <summary>The exact 64-bit value of an integral double in range.</summary>
    public static bool TryGetExactInteger(double value, out long integer)
    {
        if (IsInteger(value))
        {
            integer = (long)value;
            return true;
        }

        integer = 0;
        return false;
    }

    /// <summary>
    /// Reads a JSON number literal exactly (not through a double): true with its value when it is
    /// mathematically an integer within [-2^63, 2^63), so <c>9223372036854775807.0</c> is an integer and
    /// <c>1.0000000000000001</c> is not. <paramref name="integral"/> tells integers out of range apart.
    /// </summary>
    public static bool TryGetIntegerLiteral(ReadOnlySpan<byte> literal, out long value, out bool integral)
    {
        value = 0;
        integral = false;
        var i = 0;
        var negative = literal.Length > 0 && literal[0] == (byte)'-';
        if (negative)
        {
            i++;
        }

        // Significant digits D (leading zeros dropped) and a scale so that |value| = D × 10^scale.
        Span<byte> digits = stackalloc byte[32];
        var count = 0;
        var overflowDigits = 0;
        long scale = 0;
        var inFraction = false;
        for (; i < literal.Length; i++)
        {
            var c = literal[i];
            if (c == (byte)'.')
            {
                inFraction = true;
                continue;
            }

            if (c is (byte)'e' or (byte)'E')
            {
                break;
            }

            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            if (inFraction)
            {
                scale--;
            }

            if (count == 0 && c == (byte)'0')
            {
                continue;
            }

            if (count < digits.Length)
            {
                digits[count++] = (byte)(c - '0');
            }
            else
            {
                // More than 32 significant digits: only whether the extra ones are zero matters.
                overflowDigits++;
                if (c != (byte)'0')
                {
                    return false;
                }
            }
        }

        scale += overflowDigits;
        if (i < literal.Length)
        {
            var exponentNegative = false;
            long exponent = 0;
            for (i++; i < literal.Length; i++)
            {
                var c = literal[i];
                if (c is (byte)'+' or (byte)'-')
                {
                    exponentNegative = c == (byte)'-';
                    continue;
                }

                exponent = Math.Min((exponent * 10) + (c - '0'), 1_000_000_000);
            }

            scale += exponentNegative ? -exponent : exponent;
        }

        while (count > 0 && digits[count - 1] == 0)
        {
            count--;
            scale++;
        }

        if (count == 0)
        {
            integral = true;
            return true;
        }

        if (scale < 0)
        {
            return false;
        }

        integral = true;
        if (count + scale > 19)
        {
            return false;
        }

        UInt128 magnitude = 0;
        for (var d = 0; d < count; d++)
        {
            magnitude = (magnitude * 10) + digits[d];
        }

        for (var s = 0; s < scale; s++)
        {
            magnitude *= 10;
        }

        const ulong limit = 9223372036854775808UL;
        if (negative ? magnitude > limit : magnitude >= limit)
        {
            return false;
        }

        value = negative ? (long)(0 - magnitude) : (long)magnitude;
        return true;
    }

    /// <summary>The text of a number for messages: canonical when finite, else the literal as written.</summary>
    public static string Describe(double value, long? exact, ReadOnlySpan<byte> literal) =>
        exact is { } e ? e.ToString(CultureInfo.InvariantCulture)
        : double.IsFinite(value) ? Format(value)
        : Encoding.UTF8.GetString(literal);

    /// <summary>The canonical JSON text of a finite number.</summary>
    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "JSON numbers are finite.");
        }

        if (value == 0)
        {
            return "0";
        }

        if (Math.Floor(value) == value && Math.Abs(value) < 9007199254740992d)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }

        var negative = value < 0;
        var (digits, n) = ShortestDigits(Math.Abs(value));
        var k = digits.Length;
        var text = new StringBuilder(32);
        if (negative)
        {
            text.Append('-');
        }

        if (k <= n && n <= 21)
        {
            text.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            text.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            text.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            text.Append(digits[0]);
            if (k > 1)
            {
                text.Append('.').Append(digits, 1, k - 1);
            }

            var exponent = n - 1;
            text.Append('e').Append(exponent < 0 ? '-' : '+').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    // Returns the shortest round-trip significant digits s and the exponent n with value = 0.s × 10^n.
    private static (string Digits, int N) ShortestDigits(double positive)
    {
        var r = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.', StringComparison.Ordinal);
        var intPartLength = dot >= 0 ? dot : r.Length;
        var all = dot >= 0 ? string.Concat(r.AsSpan(0, dot), r.AsSpan(dot + 1)) : r;
        var leading = 0;
        while (leading < all.Length - 1 && all[leading] == '0')
        {
            leading++;
        }

        var digits = all[leading..].TrimEnd('0');
        if (digits.Length == 0)
        {
            digits = "0";
        }

        return (digits, intPartLength - leading + exponent);
    }
}
