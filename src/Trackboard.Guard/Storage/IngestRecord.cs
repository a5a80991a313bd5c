namespace Trackboard.Guard.Storage;

/// <summary>One event to commit: to the outbox (when <see cref="OutboxBody"/> is set), the DLQ, or both.</summary>
internal sealed record IngestRecord(
    string? MessageId,
    string Source,
    string CallType,
    string? EventName,
    ReadOnlyMemory<byte>? OutboxBody,
    DlqEntry? Dlq)
{
    /// <summary>One outbox row per destination; empty when the event is not forwarded.</summary>
    public IReadOnlyList<OutboxCopy> Copies { get; init; } = [];
}
