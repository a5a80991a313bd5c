namespace Trackboard.Contracts.Validation;

/// <summary>Stable violation codes (DESIGN §3), listed in the order the rules run.</summary>
public static class ViolationCodes
{
    /// <summary>The payload bytes are not valid JSON (byte entry points only).</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>The payload is not an object, <c>event</c> is missing or not a string, or <c>properties</c> is not an object.</summary>
    public const string InvalidPayloadShape = "invalid_payload_shape";

    /// <summary>A track call without <c>userId</c>, <c>anonymousId</c> or a <c>user_id</c> property (envelope rule).</summary>
    public const string MissingIdentity = "missing_identity";

    /// <summary>A <c>timestamp</c> or <c>sentAt</c> that is not RFC 3339 (envelope rule).</summary>
    public const string InvalidTimestamp = "invalid_timestamp";

    /// <summary>The event is not in the contract; validation stops.</summary>
    public const string UnknownEvent = "unknown_event";

    /// <summary>Warning: the event is deprecated.</summary>
    public const string DeprecatedEvent = "deprecated_event";

    /// <summary>Warning: the event is planned, not active.</summary>
    public const string PlannedEvent = "planned_event";

    /// <summary>A required property is absent or null.</summary>
    public const string MissingRequiredProperty = "missing_required_property";

    /// <summary>A property the contract does not declare.</summary>
    public const string UnknownProperty = "unknown_property";

    /// <summary>The value's JSON kind does not fit the property type.</summary>
    public const string TypeMismatch = "type_mismatch";

    /// <summary>The value is not one of the enum values.</summary>
    public const string EnumViolation = "enum_violation";

    /// <summary>The number is below <c>min</c>.</summary>
    public const string MinViolation = "min_violation";

    /// <summary>The number is above <c>max</c>.</summary>
    public const string MaxViolation = "max_violation";

    /// <summary>The string has fewer code points than <c>min_length</c>.</summary>
    public const string MinLengthViolation = "min_length_violation";

    /// <summary>The string has more code points than <c>max_length</c>.</summary>
    public const string MaxLengthViolation = "max_length_violation";

    /// <summary>The string does not match <c>pattern</c>.</summary>
    public const string PatternViolation = "pattern_violation";

    /// <summary>Matching <c>pattern</c> took longer than the timeout; the value is treated as not matching.</summary>
    public const string PatternTimeout = "pattern_timeout";

    /// <summary>The string is not in the declared <c>format</c>.</summary>
    public const string FormatViolation = "format_violation";

    /// <summary>The array has fewer items than <c>min_items</c>.</summary>
    public const string MinItemsViolation = "min_items_violation";

    /// <summary>The array has more items than <c>max_items</c>.</summary>
    public const string MaxItemsViolation = "max_items_violation";
}
