using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Forwarding;

/// <summary>Delivers leased outbox rows to one destination and says which were acknowledged.</summary>
internal abstract class DestinationSender : IAsyncDisposable
{
    /// <summary>Sends the rows; <paramref name="abort"/> fires when shutdown runs out of time.</summary>
    public abstract Task<SendResult> SendAsync(IReadOnlyList<OutboxRow> rows, CancellationToken abort);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
