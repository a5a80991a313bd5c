using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Trackboard.Server.Dlq;

/// <summary>
/// One line of <c>trackboard-guard dlq export --format ndjson</c>: <c>{id, kind, reasons[], source, call_type, event,
/// message_id, contract_version, received_at, forwarded, replayed_at?, violations?, event_json | body_base64}</c>.
/// Unknown members are ignored so a newer Guard's export still imports.
/// </summary>
internal sealed partial record GuardExportLine(
    string Kind, string Source, string? CallType, string EventName, string? ContractVersion, DateTime ReceivedAt,
    IReadOnlyList<DlqViolation> Violations, JsonElement? EventJson, string DedupeKey)
{
    private static readonly HashSet<string> s_kinds = new(StringComparer.Ordinal) { "blocked", "warned", "delivery_failed" };

    /// <summary>Parses one line; on failure returns the error code and a message that names the member.</summary>
    public static (GuardExportLine? Line, string? Code, string? Error) Parse(ReadOnlyMemory<byte> bytes)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return (null, DlqErrorCodes.InvalidJson, $"not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail("the line must be a JSON object");
            }
            var kind = DlqWriter.String(root, "kind");
            if (kind is null || !s_kinds.Contains(kind))
            {
                return Fail("\"kind\" must be one of blocked, warned, delivery_failed");
            }
            var source = DlqWriter.String(root, "source");
            if (string.IsNullOrEmpty(source))
            {
                return Fail("\"source\" must be a non-empty string");
            }
            if (DlqWriter.String(root, "received_at") is not { } receivedText
                || !DateTimeOffset.TryParse(receivedText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var received))
            {
                return Fail("\"received_at\" must be an ISO 8601 date-time string");
            }
            JsonElement? eventJson = root.TryGetProperty("event_json", out var ej) ? ej.Clone() : null;
            var bodyBase64 = DlqWriter.String(root, "body_base64");
            if (eventJson is null && bodyBase64 is null)
            {
                return Fail("the line has neither \"event_json\" nor \"body_base64\"");
            }
            var reasons = new List<string>();
            if (root.TryGetProperty("reasons", out var r))
            {
                if (r.ValueKind != JsonValueKind.Array || r.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
                {
                    return Fail("\"reasons\" must be an array of strings");
                }
                reasons.AddRange(r.EnumerateArray().Select(x => x.GetString()!));
            }
            var (violations, violationError) = ReadViolations(root);
            if (violationError is not null)
            {
                return Fail(violationError);
            }
            if (violations.Count == 0)
            {
                violations = kind == "delivery_failed" || reasons.Count == 0
                    ? [new DlqViolation(kind, "", null, null, null, string.Join(", ", reasons))]
                    : [.. reasons.Select(x => new DlqViolation(Code().IsMatch(x) ? x : "other", "", null, null, null, x))];
            }
            var callType = DlqWriter.String(root, "call_type");
            var eventName = DlqWriter.String(root, "event")
                ?? (eventJson is { } e ? DlqWriter.String(e, "event") : null)
                ?? $"({callType ?? "unknown"})";
            var utc = received.UtcDateTime;
            var identity = string.Join('\n', "guard", kind, source, callType, DlqWriter.String(root, "message_id"),
                utc.ToString("O", CultureInfo.InvariantCulture), eventJson?.GetRawText() ?? bodyBase64);
            return (new GuardExportLine(kind, source, callType, eventName, DlqWriter.String(root, "contract_version"), utc, violations, eventJson,
                Fingerprint.Hash(identity)), null, null);
        }
    }

    private static (List<DlqViolation> Violations, string? Error) ReadViolations(JsonElement root)
    {
        var list = new List<DlqViolation>();
        if (!root.TryGetProperty("violations", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return (list, null);
        }
        if (array.ValueKind != JsonValueKind.Array)
        {
            return (list, "\"violations\" must be an array");
        }
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (DlqWriter.String(item, "code") is not { } code || !Code().IsMatch(code))
            {
                return (list, $"violations[{index}].code must be a violation code such as type_mismatch");
            }
            if (DlqWriter.String(item, "severity") != "warning")
            {
                list.Add(new DlqViolation(code, DlqWriter.String(item, "path") ?? "", DlqWriter.String(item, "property"),
                    DlqWriter.String(item, "expected"), DlqWriter.String(item, "actual"), DlqWriter.String(item, "message")));
            }
            index++;
        }
        return (list, null);
    }

    private static (GuardExportLine?, string?, string?) Fail(string message) => (null, DlqErrorCodes.InvalidLine, message);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,59}$")]
    private static partial Regex Code();
}
