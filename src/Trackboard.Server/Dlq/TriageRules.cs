using Trackboard.Contracts.Validation;

namespace Trackboard.Server.Dlq;

/// <summary>Plain rules from a violation code, its expected value and its actual kind to a cause and a fix. No model, no randomness.</summary>
internal static class TriageRules
{
    public const string DeliveryFailed = "delivery_failed";

    public static TriageRule For(DlqBreak b, string eventName)
    {
        var where = b.Path.Length == 0 ? $"`{eventName}`" : $"`{b.Path}` of `{eventName}`";
        var property = Property(b.Path);
        return b.Code switch
        {
            ViolationCodes.UnknownEvent => new(
                $"`{eventName}` is not an event of the contract.",
                "An event shipped before it was added to the plan, or the name in the app differs from the planned one (typo, case, renamed event).",
                $"If `{eventName}` is intended, add it to the plan in a branch and publish; otherwise change the app to send the planned name."),
            ViolationCodes.MissingRequiredProperty when b.ActualKind == "null" => new(
                $"Required {where} is sent as null.",
                "The value is absent at run time (an uninitialised variable, a failed lookup) and the client sends null instead of a value.",
                $"Make sure `{property}` has a value at every call site, or mark it optional in the plan if it can legitimately be unknown."),
            ViolationCodes.MissingRequiredProperty => new(
                $"Required {where} is missing.",
                "A call site does not set the property: often a second place that tracks the same event, or an older code path.",
                $"Send `{property}` from every call site of `{eventName}` (generated code makes it a required argument), or make it optional in the plan."),
            ViolationCodes.UnknownProperty => new(
                $"{where} is not declared in the contract, and the event's properties are closed.",
                "The app added a property without a plan change, or a property is misspelled.",
                $"Add `{property}` to `{eventName}` in the plan (an additive change), or stop sending it; Guard can strip unknown properties."),
            ViolationCodes.TypeMismatch => TypeMismatch(b, where),
            ViolationCodes.EnumViolation => new(
                $"{where} has a value outside the allowed list {b.Expected}.",
                "The app uses a value the plan does not list: a new option in the product, or a difference in case or spelling.",
                "Map the app's value to one of the allowed values, or add the new value to the enum in the plan (adding a value is compatible)."),
            ViolationCodes.MinViolation or ViolationCodes.MaxViolation => new(
                $"{where} is out of range (expected {b.Expected}).",
                "A unit mismatch (cents and units, milliseconds and seconds) or an unchecked edge case (negative or zero values).",
                "Check the unit the app sends against the property's description; clamp or fix the computation, or widen the range in the plan."),
            ViolationCodes.MinLengthViolation or ViolationCodes.MaxLengthViolation => new(
                $"{where} has a length outside {b.Expected} characters.",
                "Empty strings sent for unknown values, or free text longer than the plan allows.",
                "Omit the property instead of sending an empty string, truncate long text, or adjust the length rule in the plan."),
            ViolationCodes.MinItemsViolation or ViolationCodes.MaxItemsViolation => new(
                $"{where} has a number of items outside {b.Expected}.",
                "Empty lists sent when there is nothing to report, or lists that grow without bound.",
                "Omit the property when the list is empty, cap the list, or adjust the item limits in the plan."),
            ViolationCodes.PatternViolation => new(
                $"{where} does not match the pattern `{b.Expected}`.",
                "The value's format changed in the app (an id scheme, a prefix, letter case) or the pattern is stricter than intended.",
                "Normalise the value before tracking, or correct the pattern in the plan and test it against real values."),
            ViolationCodes.PatternTimeout => new(
                $"Matching {where} against `{b.Expected}` took longer than 100 ms.",
                "The pattern backtracks catastrophically on some inputs (nested quantifiers such as `(a+)+`).",
                "Rewrite the pattern in the plan without nested or overlapping quantifiers."),
            ViolationCodes.FormatViolation => Format(b, where),
            ViolationCodes.InvalidJson => new(
                "The body is not valid JSON.",
                "A truncated body (size limits, a proxy) or a client that builds JSON by hand.",
                "Use the platform's JSON serializer and check body size limits between the app and the Guard or Server."),
            ViolationCodes.InvalidPayloadShape => new(
                "The payload is not a track call: `event` is missing or not a string, or `properties` is not an object.",
                "A non-Segment client, or a wrapper that nests the event one level too deep.",
                "Send `{\"event\": \"...\", \"properties\": {...}}` as the Segment Tracking API defines it."),
            ViolationCodes.MissingIdentity => new(
                "The call has neither `userId` nor `anonymousId`.",
                "Events tracked before the analytics client set an anonymous id, or a server-side call without a user.",
                "Initialise the client (or set `anonymousId`) before the first track call; send `userId` from servers."),
            ViolationCodes.InvalidTimestamp => new(
                "`timestamp` is not an RFC 3339 date-time.",
                "A local time format or a Unix number in `timestamp`.",
                "Send ISO 8601 with an offset or `Z`, for example `2026-12-03T10:00:00Z`."),
            DeliveryFailed => new(
                "The Guard could not deliver the event to the destination; the event itself may be valid.",
                "The destination refused it (credentials, quota, its own validation) or was unreachable until retries ran out.",
                "Fix the destination (the Guard log and the row's reason say why), then run `trackboard-guard replay`."),
            _ => new(
                $"`{b.Code}` at {where}.",
                "A rule of the contract the event breaks; see docs/contract-format.md for the code.",
                "Compare the event with the contract's definition of the property and fix the side that is wrong."),
        };
    }

    private static TriageRule TypeMismatch(DlqBreak b, string where)
    {
        var text = $"{where} is expected as {b.Expected} but arrives as {b.ActualKind}.";
        return (b.Expected, b.ActualKind) switch
        {
            ("integer" or "number", "string") => new(text,
                "Numbers are serialised as strings (form fields, query parameters, string interpolation, a money type).",
                "Convert the value to a number before tracking (Number(x), int.Parse); generated code types it for you."),
            ("integer", "number") => new(text,
                "A fractional number where the plan expects an integer (a price in units instead of cents, an average).",
                "Round or convert to the plan's unit before tracking, or change the type to number in the plan."),
            ("string", "number") => new(text,
                "An id or code that happens to be numeric is sent as a number.",
                "Send it as a string (String(x)); ids are strings in the plan so leading zeros and large values survive."),
            ("boolean", "string") => new(text,
                "Booleans sent as \"true\"/\"false\" strings (from HTML attributes, query strings or storage).",
                "Convert to a real boolean before tracking."),
            (_, "null") => new(text,
                "The value is unknown at run time and null is sent; null is not a value of the declared type.",
                "Omit the property when the value is unknown (if it is optional), or make sure it is set."),
            (_, "array" or "object") or ("array" or "object", _) => new(text,
                "The structure differs between the app and the plan: a single value where a list is expected, or the reverse.",
                "Align the structure: wrap single values in a list or flatten the object, or change the plan's type."),
            _ => new(text,
                "The app and the plan disagree on the property's type.",
                "Convert the value in the app, or change the type in the plan if the app is right (a breaking change)."),
        };
    }

    private static TriageRule Format(DlqBreak b, string where)
    {
        var text = $"{where} is not a valid {b.Expected}.";
        return b.Expected switch
        {
            "date-time" => new(text, "Local time without an offset, a space instead of `T`, or a Unix number.", "Send RFC 3339 with an offset or `Z` (toISOString())."),
            "date" => new(text, "A date-time or a local date format where `YYYY-MM-DD` is expected.", "Send the calendar date as `YYYY-MM-DD`."),
            "email" => new(text, "Free text or a placeholder where an email address is expected.", "Validate the address in the app, or omit the property when there is none."),
            "uri" => new(text, "A relative path where an absolute URL is expected.", "Send the absolute URL with its scheme (https://...)."),
            "uuid" => new(text, "An id of another scheme (numeric, prefixed) where a UUID is expected.", "Send the UUID, or change the format in the plan to match the id scheme."),
            _ => new(text, "The value's format differs from the plan's.", "Normalise the value in the app, or correct the format in the plan."),
        };
    }

    private static string Property(string path) => path.StartsWith("properties.", StringComparison.Ordinal) ? path["properties.".Length..] : path;
}
