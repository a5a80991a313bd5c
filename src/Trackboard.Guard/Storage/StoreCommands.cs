using Microsoft.Data.Sqlite;

namespace Trackboard.Guard.Storage;

/// <summary>Prepared statements of the writer connection, reused for every group commit.</summary>
internal sealed class StoreCommands : IDisposable
{
    private readonly SqliteCommand _remember;
    private readonly SqliteCommand _insertOutbox;
    private readonly SqliteCommand _insertDlq;
    private readonly SqliteCommand _deleteOutbox;
    private readonly SqliteCommand _retry;
    private readonly SqliteCommand _defer;
    private readonly SqliteCommand _lease;
    private readonly SqliteCommand _markLeased;
    private readonly SqliteCommand _nextDue;
    private readonly SqliteCommand _purge;

    public StoreCommands(SqliteConnection connection)
    {
        // An expired dedupe row is refreshed (the event counts as new); a live one leaves 0 rows changed.
        _remember = Command(connection, """
            INSERT INTO dedupe(key, seen_at) VALUES($key, $now)
            ON CONFLICT(key) DO UPDATE SET seen_at = excluded.seen_at WHERE dedupe.seen_at < $cutoff
            """, "$key", "$now", "$cutoff");
        _insertOutbox = Command(connection,
            "INSERT INTO outbox(message_id, source, event_name, body, received_at, next_attempt_at, destination) VALUES($m, $s, $e, $b, $r, $n, $d)",
            "$m", "$s", "$e", "$b", "$r", "$n", "$d");
        _insertDlq = Command(connection, """
            INSERT INTO dlq(message_id, source, call_type, event_name, kind, reasons, violations, contract_version, body, received_at, forwarded, destination)
            VALUES($m, $s, $c, $e, $k, $r, $v, $cv, $b, $t, $f, $d)
            """, "$m", "$s", "$c", "$e", "$k", "$r", "$v", "$cv", "$b", "$t", "$f", "$d");
        // One statement per batch, not per row: the ids travel as a JSON array.
        _deleteOutbox = Command(connection, "DELETE FROM outbox WHERE id IN (SELECT value FROM json_each($ids))", "$ids");
        _retry = Command(connection,
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $n, leased = 0, last_error = $e WHERE id = $id", "$n", "$e", "$id");
        _defer = Command(connection,
            "UPDATE outbox SET leased = 0, next_attempt_at = MAX(next_attempt_at, $n) WHERE id IN (SELECT value FROM json_each($ids))", "$n", "$ids");
        _lease = Command(connection, """
            SELECT id, message_id, source, event_name, body, received_at, attempts FROM outbox
            WHERE destination = $d AND leased = 0 AND next_attempt_at <= $now ORDER BY next_attempt_at, id LIMIT $max
            """, "$d", "$now", "$max");
        _markLeased = Command(connection, "UPDATE outbox SET leased = 1 WHERE id IN (SELECT value FROM json_each($ids))", "$ids");
        _nextDue = Command(connection, "SELECT MIN(next_attempt_at) FROM outbox WHERE destination = $d AND leased = 0", "$d");
        _purge = Command(connection, "DELETE FROM dedupe WHERE seen_at < $cutoff", "$cutoff");
    }

    public bool Remember(SqliteTransaction tx, string key, long now, long cutoff) => Run(_remember, tx, key, now, cutoff) == 1;

    public void InsertOutbox(SqliteTransaction tx, string? messageId, string source, string? eventName, OutboxCopy copy, long receivedAt, long nextAttempt) =>
        Run(_insertOutbox, tx, messageId, source, eventName, copy.Body, receivedAt, nextAttempt, copy.Destination);

    public void InsertDlq(SqliteTransaction tx, string? messageId, string source, string callType, string? eventName, DlqEntry entry, long receivedAt) =>
        Run(_insertDlq, tx, messageId, source, callType, eventName, entry.Kind, entry.Reasons, entry.ViolationsJson, entry.ContractVersion,
            entry.OriginalBody.ToArray(), receivedAt, entry.Forwarded ? 1 : 0, entry.Destination);

    public void DeleteOutbox(SqliteTransaction tx, IReadOnlyList<OutboxRow> rows) => Run(_deleteOutbox, tx, Ids(rows));

    public void Retry(SqliteTransaction tx, long id, long nextAttempt, string error) => Run(_retry, tx, nextAttempt, error, id);

    public void Defer(SqliteTransaction tx, IReadOnlyList<OutboxRow> rows, long dueAt) => Run(_defer, tx, dueAt, Ids(rows));

    public void PurgeDedupe(SqliteTransaction tx, long cutoff) => Run(_purge, tx, cutoff);

    /// <summary>Leases due rows into <paramref name="rows"/>; returns when the earliest remaining row is due.</summary>
    public long? Lease(SqliteTransaction tx, string destination, long now, int max, List<OutboxRow> rows)
    {
        Bind(_lease, tx, destination, now, max);
        using (var reader = _lease.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add(new OutboxRow(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3), (byte[])reader.GetValue(4), reader.GetInt64(5), reader.GetInt32(6), destination));
            }
        }

        if (rows.Count > 0)
        {
            Run(_markLeased, tx, Ids(rows));
        }

        Bind(_nextDue, tx, destination);
        return _nextDue.ExecuteScalar() is long next ? next : null;
    }

    public void Dispose()
    {
        foreach (var command in new[] { _remember, _insertOutbox, _insertDlq, _deleteOutbox, _retry, _defer, _lease, _markLeased, _nextDue, _purge })
        {
            command.Dispose();
        }
    }

    private static string Ids(IReadOnlyList<OutboxRow> rows) =>
        "[" + string.Join(',', rows.Select(r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }

    private static int Run(SqliteCommand command, SqliteTransaction tx, params object?[] values)
    {
        Bind(command, tx, values);
        return command.ExecuteNonQuery();
    }

    private static void Bind(SqliteCommand command, SqliteTransaction tx, params object?[] values)
    {
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }
}
