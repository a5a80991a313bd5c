using Trackboard.Server.Data;
using Trackboard.Server.Dlq;

namespace Trackboard.Server.Validation;

/// <summary>The rows one validate call stores, handed to <see cref="ValidationResultWriter"/>; <see cref="Stored"/> completes once they are committed.</summary>
internal sealed class ValidationResults(ValidationTarget target)
{
    private readonly TaskCompletionSource _stored = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ValidationTarget Target { get; } = target;

    public List<ValidationRecord> Records { get; } = [];

    public List<ValidationViolationRecord> Violations { get; } = [];

    public List<DlqEntry> DlqEntries { get; } = [];

    /// <summary>Set when this call should also write the key's <c>last_used_at</c> (at most once a minute per key).</summary>
    public DateTime? KeyUsedAt { get; set; }

    public int RowCount => Records.Count + Violations.Count + DlqEntries.Count;

    public Task Stored => _stored.Task;

    public void Complete(Exception? error)
    {
        if (error is null)
        {
            _stored.TrySetResult();
        }
        else
        {
            _stored.TrySetException(error);
        }
    }
}
