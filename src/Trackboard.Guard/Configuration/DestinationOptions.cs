namespace Trackboard.Guard.Configuration;

/// <summary>One place accepted events go: a Segment-compatible batch endpoint over HTTP, or a NATS JetStream subject.</summary>
internal sealed record DestinationOptions
{
    /// <summary>The name of the destination the original <c>destination</c> key configures.</summary>
    public const string DefaultName = "default";

    /// <summary>The name the destination's outbox rows and DLQ rows carry; the legacy <c>destination</c> key is <c>default</c>.</summary>
    public string Name { get; init; } = DefaultName;

    public DestinationKind Kind { get; init; } = DestinationKind.Http;

    /// <summary>HTTP: the URL batches are POSTed to, exactly as configured. NATS: the server URL (nats://host:port). Empty: events stay in the outbox.</summary>
    public string Url { get; init; } = "";

    /// <summary>Sent as HTTP Basic user name, as Segment expects.</summary>
    public string WriteKey { get; init; } = "";

    public int BatchSize { get; init; } = 100;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>NATS: the subject every event is published to.</summary>
    public string Subject { get; init; } = "";

    /// <summary>NATS: when set, Guard creates this stream over <see cref="Subject"/> if it does not exist.</summary>
    public string Stream { get; init; } = "";

    /// <summary>What this destination receives of properties marked <c>pii</c>; null: the global <c>pii.mode</c>.</summary>
    public PiiMode? Pii { get; init; }
}
