using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Trackboard.Server.Data;
using Trackboard.Server.Versions;

namespace Trackboard.Server.Dlq;

/// <summary>
/// Imports Guard's NDJSON export into a plan's DLQ. Idempotent: each line's dedupe key (origin, kind, source, call type,
/// message id, received time and the original event) is unique per plan, so importing a file again, or a later export
/// that repeats rows, adds only the rows not seen before. A broken line is reported with its number; the rest import.
/// </summary>
internal static class DlqImporter
{
    public const int MaxReportedErrors = 100;
    private const int MaxRecordBytes = 1 << 20;
    private const int MaxAttempts = 5;
    private const int LookupChunk = 500;

    public static async Task<ImportReport> ImportAsync(TrackboardDbContext db, Plan plan, ReadOnlyMemory<byte> body, DateTime now, CancellationToken ct)
    {
        var parsed = new List<GuardExportLine>();
        var errors = new List<ImportLineError>();
        var failed = 0;
        var records = 0;
        var lines = LineRanges(body);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = body.Slice(lines[i].Start, lines[i].Length);
            if (IsBlank(line.Span))
            {
                continue;
            }
            records++;
            var (entry, code, error) = GuardExportLine.Parse(line);
            if (entry is null && code == DlqErrorCodes.InvalidJson && Continued(body, lines, i) is { } joined)
            {
                (entry, i) = joined;
            }
            if (entry is not null)
            {
                parsed.Add(entry);
                continue;
            }
            failed++;
            if (errors.Count < MaxReportedErrors)
            {
                errors.Add(new ImportLineError(i + 1, code!, error!));
            }
        }
        var unique = parsed.DistinctBy(p => p.DedupeKey, StringComparer.Ordinal).ToList();
        var versionName = await ContractVersionNames.ForPlanAsync(db, plan.Id, unique.Select(l => l.ContractVersion), ct);
        var imported = 0;
        // A concurrent import of the same rows can win the unique index between our lookup and our insert; look again.
        for (var attempt = 0; ; attempt++)
        {
            var fresh = await NewOnlyAsync(db, plan.Id, unique, ct);
            foreach (var line in fresh)
            {
                DlqWriter.Entries(db).Add(DlqWriter.Create(plan.OrgId, plan.Id, DlqWriter.OriginGuard, line.Kind, line.DedupeKey, line.EventName,
                    versionName(line.ContractVersion), line.Source, line.EventJson, line.Violations, line.ReceivedAt, now));
            }
            try
            {
                await db.SaveChangesAsync(ct);
                imported = fresh.Count;
                break;
            }
            catch (Exception e) when (attempt < MaxAttempts - 1 && IsLostRace(e))
            {
                db.ChangeTracker.Clear();
            }
        }
        return new ImportReport(records, imported, records - failed - imported, failed, errors);
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

    /// <summary>
    /// Guard writes the client's original bytes under <c>event_json</c>, so a pretty-printed event spans several lines.
    /// Raw newlines in JSON can only be whitespace between tokens, so when a line starts an object that a reader can
    /// complete on a later line (and nothing but whitespace follows it there), those lines are one record: the exact original text.
    /// </summary>
    private static (GuardExportLine Line, int LastIndex)? Continued(ReadOnlyMemory<byte> body, List<(int Start, int Length)> lines, int first)
    {
        var start = lines[first].Start;
        var window = body[start..Math.Min(body.Length, start + MaxRecordBytes)];
        var reader = new Utf8JsonReader(window.Span, isFinalBlock: start + window.Length == body.Length, state: default);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.TrySkip())
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }
        var end = start + (int)reader.BytesConsumed;
        var last = lines.FindIndex(first, l => l.Start + l.Length >= end);
        if (last <= first || !IsBlank(body.Span[end..(lines[last].Start + lines[last].Length)]))
        {
            return null;
        }
        return GuardExportLine.Parse(body[start..end]) is ({ } entry, _, _) ? (entry, last) : null;
    }

    /// <summary>Start and length of each line without its <c>\n</c> (a trailing <c>\r</c> stays: it is JSON whitespace).</summary>
    private static List<(int Start, int Length)> LineRanges(ReadOnlyMemory<byte> body)
    {
        var ranges = new List<(int, int)>();
        var start = body.Span.StartsWith("\uFEFF"u8) ? 3 : 0;
        while (start < body.Length)
        {
            var end = body.Span[start..].IndexOf((byte)'\n');
            var length = end < 0 ? body.Length - start : end;
            ranges.Add((start, length));
            start += length + 1;
        }
        return ranges;
    }

    /// <summary>Another import inserted some of the same rows first (a unique key), or PostgreSQL chose this transaction as a deadlock victim.</summary>
    private static bool IsLostRace(Exception e) =>
        (e as DbUpdateException ?? e.InnerException as DbUpdateException) is { } update
        && (DbErrors.IsUniqueViolation(update) || update.InnerException is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected });

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
