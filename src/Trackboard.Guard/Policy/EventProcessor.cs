using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using Trackboard.Contracts.Validation;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Policy;

/// <summary>
/// Validates one event (envelope rules, then the compiled contract) and applies the source's policy:
/// what is forwarded (and in which form), what goes to the DLQ, and why.
/// </summary>
internal sealed class EventProcessor(GuardMetrics metrics, Fanout fanout)
{
    public EventOutcome Process(int index, JsonElement element, string? callType, string source, PolicyOptions policy, LoadedContract contract, LimitsOptions limits)
    {
        var raw = element.ValueKind == JsonValueKind.Object || element.ValueKind == JsonValueKind.Array || element.ValueKind == JsonValueKind.String
            ? JsonMarshal.GetRawUtf8Value(element).ToArray()
            : System.Text.Encoding.UTF8.GetBytes(element.GetRawText());
        var messageId = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString() : null;
        var eventName = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("event", out var ev) && ev.ValueKind == JsonValueKind.String
            ? ev.GetString() : null;

        callType ??= element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString() : null;
        if (element.ValueKind != JsonValueKind.Object || callType is null || !CallTypes.All.Contains(callType))
        {
            var shape = new Violation(ViolationCodes.InvalidPayloadShape, "", eventName ?? "", null, null, null,
                element.ValueKind != JsonValueKind.Object ? "Each event must be a JSON object." : "`type` must be one of track, identify, page, screen, group, alias.");
            return Block(index, messageId, source, callType ?? "unknown", eventName, [shape], contract, raw);
        }

        if (raw.Length > limits.MaxEventBytes)
        {
            var large = new Violation("event_too_large", "", eventName ?? "", null, $"<= {limits.MaxEventBytes}", raw.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"The event is larger than {limits.MaxEventBytes} bytes.");
            return Block(index, messageId, source, callType, eventName, [large], contract, raw);
        }

        var started = Stopwatch.GetTimestamp();
        var envelope = EnvelopeValidator.Check(element, callType);
        var result = contract.Compiled.Validate(raw, callType);
        metrics.ValidationLatency.Observe(Stopwatch.GetElapsedTime(started));
        var violations = envelope.Count == 0 ? result.Violations : [.. envelope, .. result.Violations];

        var blocking = false;
        var stripPaths = new List<string>();
        var annotate = new List<Violation>();
        var observed = false;
        foreach (var v in violations)
        {
            if (v.Severity == ViolationSeverity.Warning)
            {
                annotate.Add(v);
                continue;
            }

            switch (v.Code)
            {
                case ViolationCodes.InvalidJson or ViolationCodes.InvalidPayloadShape:
                    blocking = true;
                    break;
                case ViolationCodes.UnknownEvent when policy.UnplannedEvents == UnplannedEvents.Forward:
                case ViolationCodes.UnknownProperty when policy.UnplannedProperties == UnplannedProperties.Forward:
                    annotate.Add(v);
                    break;
                case ViolationCodes.UnknownProperty when policy.UnplannedProperties == UnplannedProperties.Strip && v.Property is not null:
                    stripPaths.Add(v.Property);
                    break;
                case ViolationCodes.UnknownEvent or ViolationCodes.UnknownProperty when policy.Mode != PolicyMode.Observe:
                    blocking = true;
                    break;
                default:
                    if (policy.Mode == PolicyMode.Block)
                    {
                        blocking = true;
                    }
                    else
                    {
                        observed |= policy.Mode == PolicyMode.Observe;
                        annotate.Add(v);
                    }

                    break;
            }
        }

        if (blocking)
        {
            return Block(index, messageId, source, callType, eventName, violations, contract, raw);
        }

        var body = JsonSplice.EnsureType(raw, callType);
        var decision = Decision.Accepted;
        if (stripPaths.Count > 0)
        {
            body = PropertyStripper.Strip(body, callType is CallTypes.Identify or CallTypes.Group ? "traits" : "properties", stripPaths);
            decision = Decision.Stripped;
        }

        DlqEntry? record = null;
        if (policy.Mode == PolicyMode.Warn && annotate.Count > 0)
        {
            var json = ViolationJson.ToJson(annotate);
            body = JsonSplice.AddTrackboardContext(body, json, contract.Version);
            record = new DlqEntry(DlqKinds.Warned, Reasons(annotate), json, contract.Version, raw, Forwarded: true);
            decision = Decision.Warned;
        }
        else if (observed)
        {
            metrics.Observed.Add();
        }

        return new EventOutcome(index, messageId, decision, violations, new IngestRecord(messageId, source, callType, eventName, body, record)
        {
            Copies = fanout.Copies(body, callType, eventName, contract),
        });
    }

    private static EventOutcome Block(int index, string? messageId, string source, string callType, string? eventName, IReadOnlyList<Violation> violations,
        LoadedContract contract, byte[] raw)
    {
        var dlq = new DlqEntry(DlqKinds.Blocked, Reasons(violations), ViolationJson.ToJson(violations), contract.Version, raw, Forwarded: false);
        return new EventOutcome(index, messageId, Decision.Blocked, violations, new IngestRecord(messageId, source, callType, eventName, null, dlq));
    }

    private static string Reasons(IEnumerable<Violation> violations) =>
        string.Join(',', violations.Where(v => v.Severity == ViolationSeverity.Error).Select(v => v.Code).Distinct(StringComparer.Ordinal));
}
