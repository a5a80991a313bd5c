namespace Trackboard.Guard.Tracing;

/// <summary>The attribute names of Guard's spans: OpenTelemetry semantic conventions where one fits, <c>trackboard.*</c> otherwise.</summary>
internal static class SpanAttributes
{
    // OpenTelemetry semantic conventions.
    public const string ErrorType = "error.type";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string DbSystemName = "db.system.name";
    public const string MessagingSystem = "messaging.system";
    public const string MessagingDestinationName = "messaging.destination.name";
    public const string MessagingBatchMessageCount = "messaging.batch.message_count";

    // Guard's own.
    public const string CallType = "trackboard.call_type";
    public const string Source = "trackboard.source";
    public const string PolicyMode = "trackboard.policy.mode";
    public const string ContractVersion = "trackboard.contract.version";
    public const string ContractVersionNumber = "trackboard.contract.version_number";
    public const string ContractChanged = "trackboard.contract.changed";
    public const string ContractVersionsHeld = "trackboard.contract.versions_held";
    public const string PullOutcome = "trackboard.contract.pull_outcome";
    public const string EventsCount = "trackboard.events.count";
    public const string EventsAccepted = "trackboard.events.accepted";
    public const string EventsBlocked = "trackboard.events.blocked";
    public const string EventsWarned = "trackboard.events.warned";
    public const string EventsStripped = "trackboard.events.stripped";
    public const string EventsDuplicate = "trackboard.events.duplicate";
    public const string StoreRecords = "trackboard.store.records";
    public const string DestinationName = "trackboard.destination.name";
    public const string DestinationType = "trackboard.destination.type";
    public const string ForwardOutcome = "trackboard.forward.outcome";
    public const string ForwardDelivered = "trackboard.forward.delivered";
}
