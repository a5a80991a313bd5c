namespace Trackboard.Guard.Replay;

/// <summary>Which DLQ rows a command looks at; <paramref name="AfterId"/> is a cursor (rows with a larger id only).</summary>
internal sealed record DlqFilter(bool PendingOnly, DateTimeOffset? Since = null, string? Event = null, int? Limit = null, long? AfterId = null);
