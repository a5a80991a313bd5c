namespace Trackboard.Cli.Status;

/// <summary>What a scan found: call sites in file, line, column order, files scanned, generated files skipped.</summary>
internal sealed record StatusScan(IReadOnlyList<CallSite> CallSites, int FilesScanned, int GeneratedFilesSkipped);
