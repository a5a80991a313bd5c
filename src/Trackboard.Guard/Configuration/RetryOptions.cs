namespace Trackboard.Guard.Configuration;

/// <summary>Forwarding retries: exponential backoff with jitter, then the DLQ as <c>delivery_failed</c>.</summary>
internal sealed record RetryOptions
{
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    public int MaxAttempts { get; init; } = 20;

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromHours(24);
}
