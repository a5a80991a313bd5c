using Microsoft.Data.Sqlite;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Replay;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Push;

/// <summary>
/// The push state in Guard's store, on a connection of its own (WAL lets it read while ingest writes): the DLQ cursor (the last
/// row id the Server acknowledged) and the count windows not yet acknowledged. Both survive a restart.
/// </summary>
internal sealed class PushStore(GuardOptions options) : IDisposable
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS push_cursor(name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS push_counts(id INTEGER PRIMARY KEY, window_id TEXT NOT NULL, body BLOB NOT NULL);
        """;

    private readonly Lock _lock = new();
    private SqliteConnection? _connection;

    private SqliteConnection Connection()
    {
        if (_connection is null)
        {
            _connection = StoreSchema.Open(options.StoreFile, options.Durability);
            StoreSchema.Execute(_connection, Tables);
        }

        return _connection;
    }

    public long Cursor()
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT value FROM push_cursor WHERE name = 'dlq'";
            return command.ExecuteScalar() is long value ? value : 0;
        }
    }

    public void SaveCursor(long id)
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "INSERT INTO push_cursor(name, value) VALUES ('dlq', $v) ON CONFLICT(name) DO UPDATE SET value = MAX(value, excluded.value)";
            command.Parameters.AddWithValue("$v", id);
            command.ExecuteNonQuery();
        }
    }

    /// <summary>How many DLQ rows are after the cursor, and the highest id.</summary>
    public (long Count, long MaxId) Backlog(long cursor)
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM dlq WHERE id > $c";
            command.Parameters.AddWithValue("$c", cursor);
            using var reader = command.ExecuteReader();
            reader.Read();
            return (reader.GetInt64(0), reader.GetInt64(1));
        }
    }

    /// <summary>The id such that exactly <paramref name="keep"/> rows follow it (used to skip an oversized backlog).</summary>
    public long IdBeforeLast(int keep)
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT id FROM dlq ORDER BY id DESC LIMIT 1 OFFSET $k";
            command.Parameters.AddWithValue("$k", keep);
            return command.ExecuteScalar() is long id ? id : 0;
        }
    }

    /// <summary>The next rows after the cursor, oldest first, as <c>dlq export</c> reads them.</summary>
    public List<DlqRow> After(long cursor, int limit)
    {
        lock (_lock)
        {
            return DlqReader.Read(Connection(), new DlqFilter(PendingOnly: false, Limit: limit, AfterId: cursor));
        }
    }

    /// <summary>Stores a count window; beyond <paramref name="max"/> windows the oldest are deleted. Returns how many were dropped.</summary>
    public int AddWindow(string windowId, byte[] body, int max)
    {
        lock (_lock)
        {
            var connection = Connection();
            using var transaction = connection.BeginTransaction();
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO push_counts(window_id, body) VALUES ($w, $b)";
                insert.Parameters.AddWithValue("$w", windowId);
                insert.Parameters.AddWithValue("$b", body);
                insert.ExecuteNonQuery();
            }

            int dropped;
            using (var trim = connection.CreateCommand())
            {
                trim.Transaction = transaction;
                trim.CommandText = "DELETE FROM push_counts WHERE id NOT IN (SELECT id FROM push_counts ORDER BY id DESC LIMIT $m)";
                trim.Parameters.AddWithValue("$m", max);
                dropped = trim.ExecuteNonQuery();
            }

            transaction.Commit();
            return dropped;
        }
    }

    public (long Id, byte[] Body)? OldestWindow()
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT id, body FROM push_counts ORDER BY id LIMIT 1";
            using var reader = command.ExecuteReader();
            return reader.Read() ? (reader.GetInt64(0), (byte[])reader.GetValue(1)) : null;
        }
    }

    public long PendingWindows()
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM push_counts";
            return (long)command.ExecuteScalar()!;
        }
    }

    public void DeleteWindow(long id)
    {
        lock (_lock)
        {
            using var command = Connection().CreateCommand();
            command.CommandText = "DELETE FROM push_counts WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            command.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _connection?.Dispose();
            _connection = null;
        }
    }
}
