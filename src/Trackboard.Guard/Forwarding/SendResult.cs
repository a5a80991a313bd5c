using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Forwarding;

/// <summary>
/// What a destination did with a batch: the rows it acknowledged, and for the others whether to park them at once
/// (<see cref="RejectReason"/>) or retry them (after at least <see cref="RetryAfter"/> when the destination asked).
/// </summary>
internal sealed record SendResult(IReadOnlyList<OutboxRow> Delivered, IReadOnlyList<OutboxRow> Failed)
{
    /// <summary>Set when the destination refused the rows for good: they are parked as <c>delivery_failed</c> with this reason.</summary>
    public string? RejectReason { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>HTTP status of the destination's answer (0 when there was no answer, or the destination is not HTTP).</summary>
    public int Status { get; init; }

    public Exception? Failure { get; init; }

    /// <summary>Shutdown cut the send short: the rows stay in the outbox and go out after the restart.</summary>
    public bool Aborted { get; init; }

    public static SendResult AllDelivered(IReadOnlyList<OutboxRow> rows, int status) => new(rows, []) { Status = status };
}
