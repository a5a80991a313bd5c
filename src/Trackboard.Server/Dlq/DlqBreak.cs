namespace Trackboard.Server.Dlq;

/// <summary>One violation as it enters a fingerprint: no raw value, only where and of what kind.</summary>
internal sealed record DlqBreak(string Code, string Path, string? Expected, string? ActualKind);
