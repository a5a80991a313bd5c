namespace Trackboard.Contracts.Model;

/// <summary>The string formats a <c>format</c> constraint may name.</summary>
public static class StringFormats
{
    /// <summary>RFC 3339 date and time with a time zone.</summary>
    public const string DateTime = "date-time";

    /// <summary>RFC 3339 full date.</summary>
    public const string Date = "date";

    /// <summary>An e-mail address.</summary>
    public const string Email = "email";

    /// <summary>An absolute URI with a scheme.</summary>
    public const string Uri = "uri";

    /// <summary>A UUID in 8-4-4-4-12 hexadecimal form.</summary>
    public const string Uuid = "uuid";

    /// <summary>A dotted-quad IPv4 address.</summary>
    public const string Ipv4 = "ipv4";

    /// <summary>An IPv6 address.</summary>
    public const string Ipv6 = "ipv6";

    /// <summary>Every known format, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = [DateTime, Date, Email, Uri, Uuid, Ipv4, Ipv6];
}
