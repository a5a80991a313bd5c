using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// The string formats. Their edges follow the common JSON Schema reading (ajv-formats "full" mode), so the
/// exported JSON Schema and this validator agree: date-time needs a time zone, accepts 't' or a space as
/// separator and a leap second only at 23:59 UTC; dates are real calendar dates.
/// </summary>
internal static partial class FormatRules
{
    public static bool IsValid(string format, ReadOnlySpan<char> value) => format switch
    {
        StringFormats.DateTime => IsDateTime(value),
        StringFormats.Date => IsDate(value),
        StringFormats.Email => EmailRegex().IsMatch(value),
        StringFormats.Uri => IsUri(value),
        StringFormats.Uuid => UuidRegex().IsMatch(value),
        StringFormats.Ipv4 => Ipv4Regex().IsMatch(value),
        StringFormats.Ipv6 => IsIpv6(value),
        _ => true,
    };

    public static bool IsDateTime(ReadOnlySpan<char> value)
    {
        var separator = value.IndexOfAny('T', 't', ' ');
        return separator > 0 && IsDate(value[..separator]) && IsTime(value[(separator + 1)..]);
    }

    public static bool IsDate(ReadOnlySpan<char> value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryDigits(value[..4], out var year) || !TryDigits(value.Slice(5, 2), out var month) || !TryDigits(value.Slice(8, 2), out var day))
        {
            return false;
        }

        return month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);
    }

    private static bool IsTime(ReadOnlySpan<char> value)
    {
        var match = TimeRegex().Match(value.ToString());
        if (!match.Success || !match.Groups["zone"].Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].ValueSpan, provider: null);
        var minute = int.Parse(match.Groups["m"].ValueSpan, provider: null);
        var second = double.Parse(match.Groups["s"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var sign = match.Groups["sign"].ValueSpan is "-" ? -1 : 1;
        var zoneHour = match.Groups["zh"].Success ? int.Parse(match.Groups["zh"].ValueSpan, provider: null) : 0;
        var zoneMinute = match.Groups["zm"].Success ? int.Parse(match.Groups["zm"].ValueSpan, provider: null) : 0;
        if (zoneHour > 23 || zoneMinute > 59)
        {
            return false;
        }

        if (hour <= 23 && minute <= 59 && second < 60)
        {
            return true;
        }

        // A leap second is only valid at 23:59:60 UTC.
        var utcMinute = minute - (zoneMinute * sign);
        var utcHour = hour - (zoneHour * sign) - (utcMinute < 0 ? 1 : 0);
        return (utcHour == 23 || utcHour == -1) && (utcMinute == 59 || utcMinute == -1) && second < 61;
    }

    private static bool IsUri(ReadOnlySpan<char> value)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(value[0]))
        {
            return false;
        }

        foreach (var c in value[..colon])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.'))
            {
                return false;
            }
        }

        foreach (var c in value)
        {
            if (c <= ' ' || c is '"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' || c >= 0x7F)
            {
                return false;
            }
        }

        return System.Uri.TryCreate(value.ToString(), UriKind.Absolute, out _);
    }

    private static bool IsIpv6(ReadOnlySpan<char> value) =>
        value.Length >= 2 && value.IndexOfAny('%', '[', '/') < 0 && value.IndexOf(':') >= 0
        && IPAddress.TryParse(value, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    [GeneratedRegex(@"^(?<h>[0-9]{2}):(?<m>[0-9]{2}):(?<s>[0-9]{2}(?:\.[0-9]+)?)(?<zone>[zZ]|(?<sign>[+-])(?<zh>[0-9]{2})(?::?(?<zm>[0-9]{2}))?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UuidRegex();

    [GeneratedRegex(@"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\z", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Regex();
}
