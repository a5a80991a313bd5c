namespace Trackboard.Contracts.Model;

/// <summary>The JSON type a property must have. <c>number</c> in a file is read as <see cref="Float"/>.</summary>
public enum PropertyType
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON number with no fractional part, within the signed 64-bit range.</summary>
    Integer,

    /// <summary>Any JSON number.</summary>
    Float,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON array.</summary>
    Array,

    /// <summary>A JSON object.</summary>
    Object,
}
