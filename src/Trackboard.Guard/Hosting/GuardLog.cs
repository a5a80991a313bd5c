
namespace Trackboard.Guard.Hosting;

/// <summary>Guard's log messages; event ids are stable (1xx start-up, 2xx contract, 3xx store, 4xx forwarder, 5xx ingest).</summary>
internal static partial class GuardLog
{
    [LoggerMessage(100, LogLevel.Warning, "No write keys are configured: Guard accepts unauthenticated calls under source 'default'. Add write_keys to require a key.")]
    public static partial void NoWriteKeys(ILogger logger);

    [LoggerMessage(101, LogLevel.Information, "Guard listening on {Url}, durability {Durability}, store {StoreFile}")]
    public static partial void Started(ILogger logger, string url, string durability, string storeFile);

    [LoggerMessage(102, LogLevel.Warning, "No destination is configured: accepted events stay in the outbox until one is set.")]
    public static partial void NoDestination(ILogger logger);

    [LoggerMessage(103, LogLevel.Information, "Tracing on: spans go to {Endpoint} over {Protocol} as service {Service}, sampling {Ratio} of new traces")]
    public static partial void TracingOn(ILogger logger, Uri endpoint, string protocol, string service, double ratio);

    [LoggerMessage(200, LogLevel.Information, "Contract {Version} loaded from {File} ({Events} events)")]
    public static partial void ContractLoaded(ILogger logger, string version, string file, int events);

    [LoggerMessage(201, LogLevel.Error, "Contract file {File} refused, keeping version {Kept}: {Reason}")]
    public static partial void ContractRefused(ILogger logger, string file, string kept, string reason);

    [LoggerMessage(300, LogLevel.Error, "Store commit failed ({Code}); {Requests} requests answered 503")]
    public static partial void CommitFailed(ILogger logger, string code, int requests, Exception exception);

    [LoggerMessage(301, LogLevel.Information, "Store {File} open: {Outbox} events waiting, {Dlq} in the DLQ")]
    public static partial void StoreOpened(ILogger logger, string file, long outbox, long dlq);

    [LoggerMessage(400, LogLevel.Warning, "Destination {Destination} answered {Status} for {Count} events; retrying in {Delay}")]
    public static partial void DeliveryRetry(ILogger logger, string destination, int status, int count, TimeSpan delay);

    [LoggerMessage(401, LogLevel.Error, "Parked {Count} events for destination {Destination} as delivery_failed: {Reason}")]
    public static partial void DeliveryParked(ILogger logger, string destination, int count, string reason);

    [LoggerMessage(402, LogLevel.Warning, "Destination {Destination} unreachable for {Count} events; retrying in {Delay}")]
    public static partial void DeliveryError(ILogger logger, string destination, int count, TimeSpan delay, Exception exception);

    [LoggerMessage(403, LogLevel.Error, "Forwarder step failed; trying again")]
    public static partial void ForwarderFailed(ILogger logger, Exception exception);

    [LoggerMessage(404, LogLevel.Information, "Created JetStream stream {Stream} over subject {Subject}")]
    public static partial void NatsStreamCreated(ILogger logger, string stream, string subject);

    [LoggerMessage(500, LogLevel.Debug, "Request refused with {Code}")]
    public static partial void RequestRefused(ILogger logger, string code);
}
