namespace Trackboard.Guard.Storage;

/// <summary>Why a DLQ row exists.</summary>
internal static class DlqKinds
{
    /// <summary>Refused by policy; replay may queue it after a contract fix.</summary>
    public const string Blocked = "blocked";

    /// <summary>Forwarded in warn mode with violations; kept for the record and never re-sent.</summary>
    public const string Warned = "warned";

    /// <summary>The destination refused it or retries ran out.</summary>
    public const string DeliveryFailed = "delivery_failed";
}
