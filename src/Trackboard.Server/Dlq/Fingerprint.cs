using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Validation;

namespace Trackboard.Server.Dlq;

/// <summary>
/// The deterministic group key of a DLQ entry: SHA-256 over a canonical JSON signature of (event, contract version,
/// each violation's code, path with array indices removed, expected, actual kind; source, app version, library).
/// Raw values never enter it: the actual value is reduced to its JSON kind and digit runs, emails and the like in
/// names are scrubbed.
/// </summary>
internal static partial class Fingerprint
{
    /// <summary>Breaks beyond this many (after sorting) do not change the group: one event with 500 unknown keys is one problem.</summary>
    public const int MaxBreaks = 20;

    private static readonly HashSet<string> s_kinds = new(StringComparer.Ordinal) { "string", "number", "boolean", "array", "object", "null", "missing" };

    public static DlqBreak Break(string code, string? path, string? expected, string? actual) =>
        new(code, NormalizePath(path ?? ""), expected is null ? null : Truncate(expected, 200), ActualKind(code, actual));

    /// <summary>The canonical signature; with <paramref name="withClient"/> false it leaves out source, app version and library (the break key).</summary>
    public static string Signature(DlqFacts facts, bool withClient)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", 1);
            writer.WriteString("event", facts.EventName);
            writer.WriteString("contract_version", facts.ContractVersion);
            if (withClient)
            {
                writer.WriteString("source", facts.Source);
                writer.WriteString("app_version", facts.AppVersion);
                writer.WriteString("library", facts.Library);
            }
            writer.WriteStartArray("violations");
            foreach (var b in Canonical(facts.Breaks))
            {
                writer.WriteStartObject();
                writer.WriteString("code", b.Code);
                writer.WriteString("path", b.Path);
                writer.WriteString("expected", b.Expected);
                writer.WriteString("actual_kind", b.ActualKind);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a stored signature back (groups are described from it, so the fingerprint and its description cannot disagree).</summary>
    public static DlqFacts Parse(string signature)
    {
        using var document = JsonDocument.Parse(signature);
        var root = document.RootElement;
        var breaks = root.GetProperty("violations").EnumerateArray()
            .Select(v => new DlqBreak(Text(v, "code") ?? "", Text(v, "path") ?? "", Text(v, "expected"), Text(v, "actual_kind")))
            .ToList();
        return new DlqFacts(Text(root, "event") ?? "", Text(root, "contract_version"), Text(root, "source"), Text(root, "app_version"), Text(root, "library"), breaks);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static bool IsValid(string text) => text.Length == 64 && text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    public static IReadOnlyList<DlqBreak> Canonical(IEnumerable<DlqBreak> breaks) =>
        [.. breaks.Distinct()
            .OrderBy(b => b.Code, StringComparer.Ordinal).ThenBy(b => b.Path, StringComparer.Ordinal)
            .ThenBy(b => b.Expected, StringComparer.Ordinal).ThenBy(b => b.ActualKind, StringComparer.Ordinal)
            .Take(MaxBreaks)];

    /// <summary><c>properties.cart.items[2].sku</c> → <c>properties.cart.items[].sku</c>; names that look like personal data are scrubbed.</summary>
    public static string NormalizePath(string path) => Truncate(Redactor.Scrub(Index().Replace(path, "[]")), 500);

    /// <summary>The JSON kind of the actual value, never the value: validators report a kind for type errors and the value itself for enum, pattern and format errors.</summary>
    public static string? ActualKind(string code, string? actual)
    {
        if (actual is null)
        {
            return null;
        }
        if (s_kinds.Contains(actual))
        {
            return actual;
        }
        switch (code)
        {
            case ViolationCodes.MinViolation or ViolationCodes.MaxViolation:
                return "number";
            case ViolationCodes.MinLengthViolation or ViolationCodes.MaxLengthViolation:
                return "string";
            case ViolationCodes.MinItemsViolation or ViolationCodes.MaxItemsViolation:
                return "array";
        }
        try
        {
            using var document = JsonDocument.Parse(actual);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.String => "string",
                JsonValueKind.Number => "number",
                JsonValueKind.True or JsonValueKind.False => "boolean",
                JsonValueKind.Array => "array",
                JsonValueKind.Object => "object",
                _ => "null",
            };
        }
        catch (JsonException)
        {
            return "string";
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();
}
