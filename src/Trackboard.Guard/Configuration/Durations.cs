using System.Globalization;

namespace Trackboard.Guard.Configuration;

/// <summary>Go-style durations as the original Guard wrote them: <c>250ms</c>, <c>5s</c>, <c>1h30m</c>, <c>0</c>.</summary>
internal static class Durations
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var s = text.Trim();
        if (s == "0")
        {
            return true;
        }

        var total = 0.0;
        var i = 0;
        if (s.Length == 0)
        {
            return false;
        }

        while (i < s.Length)
        {
            var start = i;
            while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.'))
            {
                i++;
            }

            if (start == i || !double.TryParse(s.AsSpan(start, i - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var unitStart = i;
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }

            double? unitMs = s[unitStart..i] switch
            {
                "ms" => 1,
                "s" => 1000,
                "m" => 60_000,
                "h" => 3_600_000,
                "d" => 86_400_000,
                _ => null,
            };
            if (unitMs is null)
            {
                return false;
            }

            total += number * unitMs.Value;
        }

        value = TimeSpan.FromMilliseconds(total);
        return true;
    }
}
