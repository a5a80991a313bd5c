using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// Strings per format with the verdict both the validator and ajv-formats (full mode) give them. Besides
/// plain cases they pin the edges where readings of the RFCs differ and the validator follows ajv-formats
/// (lower-case 't'/'z', a space separator, offsets without a colon, leap seconds, <c>urn:uuid:</c>, trailing
/// newlines, non-ASCII digits). Values on which the two still differ are left out: they are not a property
/// of the exported schema.
/// </summary>
internal static class FormatSamples
{
    public static IReadOnlyDictionary<string, string[]> Valid { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [StringFormats.DateTime] =
        [
            "2024-01-15T10:30:00Z", "2023-12-31T23:59:59+02:00", "2024-02-29T00:00:00.123Z",
            "1999-06-01T12:00:00-05:30", "2024-07-04T08:15:30.5+00:00", "2024-01-15t10:30:00z", "2024-01-15 10:30:00Z",
            "2024-01-15T10:30:00+0200", "2024-01-15T10:30:00+02", "2016-12-31T23:59:60Z", "2024-01-15T10:30:00+15:00",
        ],
        [StringFormats.Date] = ["2024-02-29", "2023-12-31", "2000-02-29", "1999-01-01", "0000-01-01"],
        [StringFormats.Email] = ["a@example.com", "first.last+tag@sub.example.org", "x_y-z@ex-ample.co"],
        [StringFormats.Uri] =
        [
            "https://example.com", "https://example.com/path?q=1#frag", "mailto:someone@example.com",
            "urn:isbn:0451450523", "ftp://ftp.example.org/file.txt", "http://127.0.0.1:8080/", "HTTP://EXAMPLE.COM",
            "file:///c:/x", "http://[::1]/", "http://exa_mple.com",
        ],
        [StringFormats.Uuid] =
        [
            "123e4567-e89b-12d3-a456-426614174000", "00000000-0000-0000-0000-000000000000", "A987FBC9-4BED-3078-CF07-9141BA07C9F3",
            "urn:uuid:123e4567-e89b-12d3-a456-426614174000",
        ],
        [StringFormats.Ipv4] = ["192.168.0.1", "0.0.0.0", "255.255.255.255", "10.0.0.10"],
        [StringFormats.Ipv6] =
        [
            "::1", "2001:db8::8a2e:370:7334", "fe80::", "::", "2001:0db8:0000:0000:0000:ff00:0042:8329", "1::2:3:4:5:6:7",
            "::ffff:192.0.2.128",
        ],
    };

    public static IReadOnlyDictionary<string, string[]> Invalid { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [StringFormats.DateTime] =
        [
            "2024-01-15", "2024-01-15T10:30:00", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-01-15T24:00:00Z",
            "2024-01-15T10:60:00Z", "not a date", "", "2024-01-15T10:30Z", "2024/01/15T10:30:00Z", "2024-01-15T10:30:00Z\n",
            "２０２４-01-15T10:30:00Z", "2024-01-15T10:30:00.Z", "+2024-01-15T10:30:00Z", "2024-01-15T10:30:00+24:00",
            "2024-01-15T10:30:60Z",
        ],
        [StringFormats.Date] =
        [
            "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-01-32", "2024-1-05", "24-01-05", "2024/01/05", "",
            "2024-01-05T00:00:00Z", "2024-02-29\n", "２０２４-02-29",
        ],
        [StringFormats.Email] =
        [
            "plainaddress", "@example.com", "a@", "a b@example.com", "a@@example.com", "", "a@localhost", ".a@example.com",
            "a..b@example.com", "ü@example.com", "\"quoted\"@example.com", "a@[127.0.0.1]", "a@example.com\n", "a@-example.com",
            "a@example..com",
        ],
        [StringFormats.Uri] =
        [
            "example.com", "/relative/path", "", "http://exa mple.com", "://no-scheme", "http:", "http://example.com/ä",
            "http://example.com/a b", "https://example.com\n",
        ],
        [StringFormats.Uuid] =
        [
            "123e4567e89b12d3a456426614174000", "123e4567-e89b-12d3-a456-42661417400", "g23e4567-e89b-12d3-a456-426614174000", "",
            "{123e4567-e89b-12d3-a456-426614174000}", "123e4567-e89b-12d3-a456-426614174000\n",
        ],
        [StringFormats.Ipv4] = ["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.04", "a.b.c.d", "", " 1.2.3.4", "1.2.3.4\n", "１.2.3.4", "0x7f.0.0.1"],
        [StringFormats.Ipv6] = ["2001:db8::8a2e::7334", "12345::", "1:2:3:4:5:6:7:8:9", "gggg::", "", ":1", "fe80::1%eth0", "::1\n", "[::1]"],
    };
}
