namespace Trackboard.Guard.Storage;

/// <summary>An auto-reset signal: forwarders wait on it instead of polling when there is nothing due.</summary>
internal sealed class ForwardSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    // 1 while a wake-up is pending. Set runs after every commit: checking the flag first keeps it to one
    // interlocked operation, instead of a SemaphoreFullException per commit when the signal is already up.
    private int _pending;

    public void Set()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 0)
        {
            _semaphore.Release();
        }
    }

    /// <summary>Waits for <see cref="Set"/> or until <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signalled = _semaphore.WaitAsync(cts.Token);
        var delay = Task.Delay(timeout, time, cts.Token);
        await Task.WhenAny(signalled, delay).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
        await signalled.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (signalled.IsCompletedSuccessfully)
        {
            // Taken (even if the delay won the race): cleared before the caller looks at the outbox, so a later Set is never lost.
            Volatile.Write(ref _pending, 0);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
