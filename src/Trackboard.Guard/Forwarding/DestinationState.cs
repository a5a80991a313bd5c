namespace Trackboard.Guard.Forwarding;

/// <summary>
/// Delivery state shared by the workers of one destination. After a retryable failure (down, 408, 429, 5xx) the
/// whole destination holds until the failed batch is due again, and each failure in a row lengthens the next hold:
/// otherwise every row of a backlog, tried once each, would probe a down destination at the initial delay.
/// </summary>
internal sealed class DestinationState
{
    private long _holdUntil;
    private int _failures;

    /// <summary>Unix ms before which no worker of the destination sends.</summary>
    public long HoldUntil => Volatile.Read(ref _holdUntil);

    /// <summary>Failed sends since the last acknowledged one.</summary>
    public int ConsecutiveFailures => Volatile.Read(ref _failures);

    public void Failed(long holdUntil)
    {
        Interlocked.Increment(ref _failures);
        var current = Volatile.Read(ref _holdUntil);
        while (holdUntil > current)
        {
            var seen = Interlocked.CompareExchange(ref _holdUntil, holdUntil, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }

    public void Delivered() => Volatile.Write(ref _failures, 0);
}
