namespace Trackboard.Contracts.Import;

/// <summary>One CSV record and the 1-based line it starts on.</summary>
internal sealed record CsvRecord(long Line, IReadOnlyList<string> Fields);
