namespace Trackboard.Server.Dlq;

/// <summary>A line of an import that was not imported: its 1-based number, a stable code and why.</summary>
internal sealed record ImportLineError(int Line, string Code, string Message);
