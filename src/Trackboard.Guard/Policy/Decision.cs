namespace Trackboard.Guard.Policy;

/// <summary>What Guard did with one event.</summary>
internal enum Decision
{
    /// <summary>Valid (or forwarded by policy); queued unchanged.</summary>
    Accepted,

    /// <summary>Queued with <c>context.trackboard</c> describing the violations (warn mode).</summary>
    Warned,

    /// <summary>Queued with unplanned properties removed.</summary>
    Stripped,

    /// <summary>Put in the DLQ by policy.</summary>
    Blocked,

    /// <summary>A messageId already stored within the dedupe window; acknowledged, not stored again.</summary>
    Duplicate,
}
