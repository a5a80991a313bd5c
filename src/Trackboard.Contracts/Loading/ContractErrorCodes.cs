namespace Trackboard.Contracts.Loading;

/// <summary>Stable codes of contract diagnostics. docs/contract-format.md lists them with their meaning.</summary>
public static class ContractErrorCodes
{
    /// <summary>Not JSON, truncated, or trailing data.</summary>
    public const string InvalidJson = "invalid_json";

    /// <summary>The bytes are not UTF-8.</summary>
    public const string InvalidUtf8 = "invalid_utf8";

    /// <summary>Nesting deeper than 64 levels.</summary>
    public const string MaxDepthExceeded = "max_depth_exceeded";

    /// <summary><c>format_version</c> missing or not <c>trackboard.contract.v1</c>.</summary>
    public const string UnsupportedFormatVersion = "unsupported_format_version";

    /// <summary>A required field is absent.</summary>
    public const string MissingField = "missing_field";

    /// <summary>A field has the wrong JSON type or an impossible value.</summary>
    public const string InvalidField = "invalid_field";

    /// <summary>Two events share a name.</summary>
    public const string DuplicateEvent = "duplicate_event";

    /// <summary>Two properties in one list share a name.</summary>
    public const string DuplicateProperty = "duplicate_property";

    /// <summary>An event links a global property that does not exist.</summary>
    public const string UnknownGlobalProperty = "unknown_global_property";

    /// <summary>An event links the same global property twice.</summary>
    public const string DuplicateGlobalLink = "duplicate_global_link";

    /// <summary>An event links a global with the name of one of its local properties.</summary>
    public const string DuplicateMergedProperty = "duplicate_merged_property";

    /// <summary>The property type is not one of the six types.</summary>
    public const string InvalidPropertyType = "invalid_property_type";

    /// <summary>A constraint is malformed, does not fit the type, is contradictory, or its pattern does not compile.</summary>
    public const string InvalidConstraint = "invalid_constraint";

    /// <summary>Guidance has an unknown key or a value of the wrong type.</summary>
    public const string InvalidImplementationGuidance = "invalid_implementation_guidance";

    /// <summary>Guidance has too many items or too long a text.</summary>
    public const string GuidanceLimitExceeded = "guidance_limit_exceeded";

    /// <summary>Warning: a key Trackboard does not know; it is ignored.</summary>
    public const string UnknownKey = "unknown_key";

    /// <summary>Warning: an enum value whose JSON kind can never match the property type.</summary>
    public const string EnumValueKindMismatch = "enum_value_kind_mismatch";

    /// <summary>Warning: the file's <c>hash</c> or <c>schema_hash</c> differs from the computed one.</summary>
    public const string HashMismatch = "hash_mismatch";
}
