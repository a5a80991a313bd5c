namespace Trackboard.Server.Dlq;

/// <summary>A violation as received from the validator or a Guard export, before redaction.</summary>
internal sealed record DlqViolation(string Code, string Path, string? Property, string? Expected, string? Actual, string? Message);
