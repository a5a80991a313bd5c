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

    // HH:MM:SS[.fraction] followed by Z, z, or +HH[[:]MM] / -HH[[:]MM]; parsed by hand to stay allocation-free.
    private static bool IsTime(ReadOnlySpan<char> value)
    {
        if (value.Length < 9 || value[2] != ':' || value[5] != ':'
            || !TryDigits(value[..2], out var hour) || !TryDigits(value.Slice(3, 2), out var minute) || !TryDigits(value.Slice(6, 2), out var second))
        {
            return false;
        }

        var rest = value[8..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits == 1)
            {
                return false;
            }

            rest = rest[digits..];
        }

        int sign = 1, zoneHour = 0, zoneMinute = 0;
        if (rest is ['Z' or 'z'])
        {
        }
        else if (rest.Length >= 3 && rest[0] is '+' or '-' && TryDigits(rest.Slice(1, 2), out zoneHour))
        {
            sign = rest[0] == '-' ? -1 : 1;
            var minutes = rest[3..];
            if (minutes.Length > 0 && minutes[0] == ':')
            {
                minutes = minutes[1..];
                if (minutes.Length == 0)
                {
                    return false;
                }
            }

            if (minutes.Length != 0 && (minutes.Length != 2 || !TryDigits(minutes, out zoneMinute)))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (zoneHour > 23 || zoneMinute > 59)
        {
            return false;
        }

        if (hour <= 23 && minute <= 59 && second <= 59)
        {
            return true;
        }

        // A leap second is only valid at 23:59:60 UTC.
        var utcMinute = minute - (zoneMinute * sign);
        var utcHour = hour - (zoneHour * sign) - (utcMinute < 0 ? 1 : 0);
        return (utcHour == 23 || utcHour == -1) && (utcMinute == 59 || utcMinute == -1) && second == 60;
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

    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UuidRegex();

    [GeneratedRegex(@"^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\z", RegexOptions.CultureInvariant)]
    private static partial Regex Ipv4Regex();
}
