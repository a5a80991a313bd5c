using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Dlq;

/// <summary>
/// Imports Guard's NDJSON export into a plan's DLQ. Idempotent: each line's dedupe key (origin, kind, source, call type,
/// message id, received time and the original event) is unique per plan, so importing a file again, or a later export
/// that repeats rows, adds only the rows not seen before. A broken line is reported with its number; the rest import.
/// </summary>
internal static class DlqImporter
{
    public const int MaxReportedErrors = 100;
    private const int LookupChunk = 500;

    public static async Task<ImportReport> ImportAsync(TrackboardDbContext db, Plan plan, ReadOnlyMemory<byte> body, DateTime now, CancellationToken ct)
    {
        var parsed = new List<GuardExportLine>();
        var errors = new List<ImportLineError>();
        var failed = 0;
        var lines = 0;
        var number = 0;
        foreach (var line in Lines(body))
        {
            number++;
            if (IsBlank(line.Span))
            {
                continue;
            }
            lines++;
            var (entry, code, error) = GuardExportLine.Parse(line);
            if (entry is not null)
            {
                parsed.Add(entry);
                continue;
            }
            failed++;
            if (errors.Count < MaxReportedErrors)
            {
                errors.Add(new ImportLineError(number, code!, error!));
            }
        }
        var unique = parsed.DistinctBy(p => p.DedupeKey, StringComparer.Ordinal).ToList();
        var imported = 0;
        // A concurrent import of the same file can win the unique index between our lookup and our insert; look again once.
        for (var attempt = 0; ; attempt++)
        {
            var fresh = await NewOnlyAsync(db, plan.Id, unique, ct);
            foreach (var line in fresh)
            {
                DlqWriter.Entries(db).Add(DlqWriter.Create(plan.OrgId, plan.Id, DlqWriter.OriginGuard, line.Kind, line.DedupeKey, line.EventName,
                    line.ContractVersion, line.Source, line.EventJson, line.Violations, line.ReceivedAt, now));
            }
            try
            {
                await db.SaveChangesAsync(ct);
                imported = fresh.Count;
                break;
            }
            catch (DbUpdateException e) when (attempt == 0 && DbErrors.IsUniqueViolation(e))
            {
                db.ChangeTracker.Clear();
            }
        }
        return new ImportReport(lines, imported, lines - failed - imported, failed, errors);
    }

    private static async Task<List<GuardExportLine>> NewOnlyAsync(TrackboardDbContext db, Guid planId, List<GuardExportLine> lines, CancellationToken ct)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in lines.Select(l => l.DedupeKey).Chunk(LookupChunk))
        {
            existing.UnionWith(await DlqWriter.Entries(db).Where(e => e.PlanId == planId && chunk.Contains(e.DedupeKey)).Select(e => e.DedupeKey).ToListAsync(ct));
        }
        return [.. lines.Where(l => !existing.Contains(l.DedupeKey))];
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Lines(ReadOnlyMemory<byte> body)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }
        while (body.Length > 0)
        {
            var end = body.Span.IndexOf((byte)'\n');
            var line = end < 0 ? body : body[..end];
            body = end < 0 ? ReadOnlyMemory<byte>.Empty : body[(end + 1)..];
            yield return line.Span.EndsWith("\r"u8) ? line[..^1] : line;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t"u8).IsEmpty;
}
