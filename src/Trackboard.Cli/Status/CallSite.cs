namespace Trackboard.Cli.Status;

/// <summary>A call of an event's generated helper: the file relative to <c>--src</c> (with <c>/</c>), 1-based line and column.</summary>
internal sealed record CallSite(string Event, string Helper, string Language, string File, int Line, int Column);
