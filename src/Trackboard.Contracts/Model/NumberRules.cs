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
