using System.Net.Http.Headers;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Forwarding;

/// <summary>Exponential backoff with "equal jitter": half the capped delay fixed, half random.</summary>
internal static class Backoff
{
    /// <summary>The wait before retry number <paramref name="attempt"/> (1 for the first retry); <paramref name="jitter"/> is in [0, 1).</summary>
    public static TimeSpan Delay(int attempt, RetryOptions retry, double jitter)
    {
        var exponential = retry.InitialDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, retry.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * jitter));
    }

    /// <summary>The wait a Retry-After header asks for, if any (seconds or an HTTP date).</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
