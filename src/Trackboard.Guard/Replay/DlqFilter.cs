namespace Trackboard.Guard.Replay;

/// <summary>Which DLQ rows a command looks at.</summary>
internal sealed record DlqFilter(bool PendingOnly, DateTimeOffset? Since = null, string? Event = null, int? Limit = null);
