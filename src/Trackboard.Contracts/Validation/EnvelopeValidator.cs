using System.Text.Json;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// The envelope rules Guard and the API's validate endpoint apply before the property rules (DESIGN §3):
/// identity present, timestamps in RFC 3339.
/// </summary>
public static class EnvelopeValidator
{
    private static readonly string[] s_timestampKeys = ["timestamp", "sentAt", "originalTimestamp"];

    /// <summary>Checks a call's envelope; an empty list when it is fine.</summary>
    public static IReadOnlyList<Violation> Check(JsonElement payload, string callType)
    {
        ArgumentNullException.ThrowIfNull(callType);
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return [new Violation(ViolationCodes.InvalidPayloadShape, "", "", null, null, null, "The payload must be a JSON object.")];
        }

        var eventName = payload.TryGetProperty("event", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "";
        var violations = new List<Violation>();
        if (callType == CallTypes.Track && !HasIdentity(payload))
        {
            violations.Add(new Violation(ViolationCodes.MissingIdentity, "userId", eventName, null, "userId or anonymousId", "missing",
                "The track call has no userId, anonymousId or user_id property; send one of them."));
        }

        foreach (var key in s_timestampKeys)
        {
            if (payload.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null
                && (value.ValueKind != JsonValueKind.String || !FormatRules.IsDateTime(value.GetString())))
            {
                violations.Add(new Violation(ViolationCodes.InvalidTimestamp, key, eventName, null, "date-time",
                    value.ValueKind == JsonValueKind.String ? ViolationSink.JsonString(value.GetString()!) : ConstraintChecks.KindName(value.ValueKind),
                    $"'{key}' must be an RFC 3339 date-time such as 2026-06-27T12:00:00Z."));
            }
        }

        return violations;
    }

    private static bool HasIdentity(JsonElement payload) =>
        IsIdentity(payload, "userId") || IsIdentity(payload, "anonymousId")
        || (payload.TryGetProperty("properties", out var properties)
            && properties.ValueKind == JsonValueKind.Object && IsIdentity(properties, "user_id"));

    private static bool IsIdentity(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Length > 0,
            JsonValueKind.Number => true,
            _ => false,
        };
}
