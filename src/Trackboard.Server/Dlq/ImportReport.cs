namespace Trackboard.Server.Dlq;

/// <summary>The outcome of one NDJSON import; <see cref="Errors"/> lists at most the first 100 failed lines.</summary>
internal sealed record ImportReport(int Lines, int Imported, int Duplicates, int Failed, IReadOnlyList<ImportLineError> Errors);
