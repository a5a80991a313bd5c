namespace Trackboard.Guard.Configuration;

/// <summary>Where accepted events go: a Segment-compatible batch endpoint.</summary>
internal sealed record DestinationOptions
{
    /// <summary>The URL batches are POSTed to, exactly as configured. Empty: events stay in the outbox.</summary>
    public string Url { get; init; } = "";

    /// <summary>Sent as HTTP Basic user name, as Segment expects.</summary>
    public string WriteKey { get; init; } = "";

    public int BatchSize { get; init; } = 100;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
}
