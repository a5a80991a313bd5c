using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Policy;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Replay;

/// <summary>
/// Re-validates DLQ rows against the current contract and queues the ones that now pass, exactly once:
/// a row is claimed (replayed_at set) in the same transaction that adds it to the outbox. Warn-mode rows
/// were forwarded already and are never sent again; a corrupt row is reported and skipped.
/// </summary>
internal sealed class ReplayRunner(GuardOptions options, LoadedContract contract, EventProcessor processor, TimeProvider time)
{
    public ReplayResult Run(SqliteConnection connection, DlqFilter filter, bool dryRun, TextWriter output)
    {
        int queued = 0, invalid = 0, corrupt = 0;
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        using var tx = connection.BeginTransaction();
        var rows = DlqReader.Read(connection, filter with { PendingOnly = true }, tx);
        var forwarded = filter.Event is null && filter.Since is null ? CountForwarded(connection, tx) : 0;
        foreach (var row in rows)
        {
            if (row.Kind == DlqKinds.DeliveryFailed && row.Destination is { } destination)
            {
                // Accepted when it arrived and stored in that destination's form (PII already treated): it goes back
                // to the destination that refused it, as it is.
                if (dryRun || Claim(connection, tx, row.Id, now))
                {
                    if (!dryRun)
                    {
                        Insert(connection, tx, row, new OutboxCopy(destination, row.Body), now);
                    }

                    queued++;
                    output.WriteLine($"{(dryRun ? "would-queue" : "queued")}\t{row.Id}\t{row.EventName}\t{row.MessageId}");
                }

                continue;
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(row.Body, new JsonDocumentOptions { MaxDepth = options.Limits.MaxDepth });
            }
            catch (JsonException ex)
            {
                corrupt++;
                output.WriteLine($"corrupt\t{row.Id}\t{row.EventName}\t{ex.Message}");
                continue;
            }

            using (document)
            {
                var callType = row.CallType == "unknown" ? null : row.CallType;
                var outcome = processor.Process(0, document.RootElement, callType, row.Source, options.PolicyFor(row.Source), contract, options.Limits);
                if (outcome.Decision == Decision.Blocked)
                {
                    invalid++;
                    output.WriteLine($"still-invalid\t{row.Id}\t{row.EventName}\t{string.Join(',', outcome.Violations.Select(v => v.Code).Distinct())}");
                    continue;
                }

                if (!dryRun && !Claim(connection, tx, row.Id, now))
                {
                    continue;
                }

                if (!dryRun)
                {
                    foreach (var copy in outcome.Record.Copies)
                    {
                        Insert(connection, tx, row, copy, now);
                    }
                }

                queued++;
                output.WriteLine($"{(dryRun ? "would-queue" : "queued")}\t{row.Id}\t{row.EventName}\t{row.MessageId}");
            }
        }

        if (dryRun)
        {
            tx.Rollback();
        }
        else
        {
            tx.Commit();
        }

        return new ReplayResult(queued, invalid, corrupt, forwarded);
    }

    private static bool Claim(SqliteConnection connection, SqliteTransaction tx, long id, long now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "UPDATE dlq SET replayed_at = $now WHERE id = $id AND replayed_at IS NULL AND forwarded = 0";
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() == 1;
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction tx, DlqRow row, OutboxCopy copy, long now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "INSERT INTO outbox(message_id, source, event_name, body, received_at, next_attempt_at, destination) VALUES($m, $s, $e, $b, $r, $n, $d)";
        command.Parameters.AddWithValue("$m", (object?)row.MessageId ?? DBNull.Value);
        command.Parameters.AddWithValue("$s", row.Source);
        command.Parameters.AddWithValue("$e", (object?)row.EventName ?? DBNull.Value);
        command.Parameters.AddWithValue("$b", copy.Body);
        command.Parameters.AddWithValue("$d", copy.Destination);
        // Age for max_age counts from the replay: the original receipt may be older than the retry budget.
        command.Parameters.AddWithValue("$r", now);
        command.Parameters.AddWithValue("$n", now);
        command.ExecuteNonQuery();
    }

    private static int CountForwarded(SqliteConnection connection, SqliteTransaction tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COUNT(*) FROM dlq WHERE forwarded = 1";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
