namespace Trackboard.Guard.Configuration;

/// <summary>What a destination receives of a property the contract marks <c>pii</c>.</summary>
internal enum PiiMode
{
    /// <summary>The value as the client sent it.</summary>
    Keep,

    /// <summary>A JSON string: lower-case hex SHA-256 of the salt's UTF-8 bytes followed by the value's bytes.</summary>
    Hash,

    /// <summary>The property is removed.</summary>
    Drop,
}
