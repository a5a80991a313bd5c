using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Trackboard.Server.Dlq;

/// <summary>
/// Removes personal and secret data from a DLQ sample before it is stored: a value under a sensitive key name
/// (<see cref="SensitiveKeys"/>) is replaced whole, and in every other string (keys included) emails, phone numbers,
/// JWTs, API keys and tokens, IP addresses, UUIDs and long digit ids are replaced by <c>[reason]</c>.
/// </summary>
internal static partial class Redactor
{
    public static (JsonNode? Node, int Count) Redact(JsonElement element)
    {
        var count = 0;
        var node = Walk(element, ref count);
        return (node, count);
    }

    /// <summary>Replaces sensitive substrings of free text.</summary>
    public static string Scrub(string text)
    {
        var count = 0;
        return Scrub(text, ref count);
    }

    public static string Scrub(string text, ref int count)
    {
        var hits = 0;
        text = Jwt().Replace(text, _ => Hit(ref hits, "[jwt]"));
        text = Bearer().Replace(text, _ => Hit(ref hits, "Bearer [token]"));
        text = KnownKey().Replace(text, _ => Hit(ref hits, "[token]"));
        text = Email().Replace(text, _ => Hit(ref hits, "[email]"));
        text = Uuid().Replace(text, _ => Hit(ref hits, "[id]"));
        text = Ipv4().Replace(text, m => IsAddress(m.Value, AddressFamily.InterNetwork) ? Hit(ref hits, "[ip]") : m.Value);
        text = Ipv6().Replace(text, m => IsAddress(m.Value, AddressFamily.InterNetworkV6) ? Hit(ref hits, "[ip]") : m.Value);
        text = Phone().Replace(text, m => IsPhone(m.Value) ? Hit(ref hits, "[phone]") : m.Value);
        text = LongDigits().Replace(text, _ => Hit(ref hits, "[id]"));
        text = LongToken().Replace(text, m => m.Value.Any(char.IsDigit) && m.Value.Any(char.IsLetter) ? Hit(ref hits, "[token]") : m.Value);
        count += hits;
        return text;
    }

    private static JsonNode? Walk(JsonElement element, ref int count)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var member in element.EnumerateObject())
                {
                    var key = Scrub(member.Name, ref count);
                    if (SensitiveKeys.Classify(member.Name) is { } reason && member.Value.ValueKind is not JsonValueKind.Null)
                    {
                        count++;
                        obj[key] = $"[{reason}]";
                    }
                    else
                    {
                        obj[key] = Walk(member.Value, ref count);
                    }
                }
                return obj;
            case JsonValueKind.Array:
                var array = new JsonArray();
                foreach (var item in element.EnumerateArray())
                {
                    array.Add(Walk(item, ref count));
                }
                return array;
            case JsonValueKind.String:
                return JsonValue.Create(Scrub(element.GetString()!, ref count));
            case JsonValueKind.Null:
                return null;
            default:
                return JsonNode.Parse(element.GetRawText());
        }
    }

    private static string Hit(ref int hits, string replacement)
    {
        hits++;
        return replacement;
    }

    private static bool IsAddress(string text, AddressFamily family) =>
        IPAddress.TryParse(text, out var address) && address.AddressFamily == family;

    // Dates and plain version numbers look like digit groups too; a phone has 7 to 15 digits and a + or grouping.
    private static bool IsPhone(string text)
    {
        var digits = text.Count(char.IsDigit);
        return digits is >= 7 and <= 15 && !IsoDate().IsMatch(text) && (text.StartsWith('+') || text.Contains('(') || text.Contains(' ') || text.Count(c => c == '-') >= 2);
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"(?i)\bbearer\s+[A-Za-z0-9._~+/=-]{8,}")]
    private static partial Regex Bearer();

    [GeneratedRegex(@"\b(?:(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{8,}|gh[pousr]_[A-Za-z0-9]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}|tb[pk]_[A-Za-z0-9_-]{16,}|whsec_[A-Za-z0-9]{16,})")]
    private static partial Regex KnownKey();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?![\w.])")]
    private static partial Regex Ipv4();

    [GeneratedRegex(@"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:%\w+)?(?![\w:])")]
    private static partial Regex Ipv6();

    [GeneratedRegex(@"(?<![\w+])\+?\(?\d[\d\s().-]{5,}\d(?!\w)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<!\w)\d{9,}(?!\w)")]
    private static partial Regex LongDigits();

    [GeneratedRegex(@"(?<![\w-])[A-Za-z0-9_-]{32,}(?![\w-])")]
    private static partial Regex LongToken();
}
