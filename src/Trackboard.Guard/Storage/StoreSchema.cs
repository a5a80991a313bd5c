using Microsoft.Data.Sqlite;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Storage;

/// <summary>Opens a store file with Guard's pragmas and creates the tables.</summary>
internal static class StoreSchema
{
    private const string Tables = """
        CREATE TABLE IF NOT EXISTS outbox(
          id INTEGER PRIMARY KEY,
          message_id TEXT,
          source TEXT NOT NULL,
          event_name TEXT,
          body BLOB NOT NULL,
          received_at INTEGER NOT NULL,
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at INTEGER NOT NULL DEFAULT 0,
          leased INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          destination TEXT NOT NULL DEFAULT 'default');
        CREATE TABLE IF NOT EXISTS dlq(
          id INTEGER PRIMARY KEY,
          message_id TEXT,
          source TEXT NOT NULL,
          call_type TEXT NOT NULL,
          event_name TEXT,
          kind TEXT NOT NULL,
          reasons TEXT NOT NULL,
          violations TEXT,
          contract_version TEXT,
          body BLOB NOT NULL,
          received_at INTEGER NOT NULL,
          forwarded INTEGER NOT NULL DEFAULT 0,
          replayed_at INTEGER,
          destination TEXT);
        CREATE INDEX IF NOT EXISTS dlq_received ON dlq(received_at);
        CREATE TABLE IF NOT EXISTS dedupe(
          key TEXT PRIMARY KEY,
          seen_at INTEGER NOT NULL) WITHOUT ROWID;
        """;

    public static SqliteConnection Open(string file, Durability durability, long maxStoreBytes = 0)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 30 }.ToString());
        connection.Open();
        var synchronous = durability == Durability.Power ? "FULL" : "NORMAL";
        Execute(connection, $"PRAGMA journal_mode=WAL; PRAGMA synchronous={synchronous}; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=OFF;");
        Execute(connection, Tables);
        AddColumn(connection, "outbox", "destination", "TEXT NOT NULL DEFAULT 'default'");
        AddColumn(connection, "dlq", "destination", "TEXT");
        // Each destination leases its own rows: the due index leads with the destination (it replaces outbox_due of single-destination stores).
        Execute(connection, "DROP INDEX IF EXISTS outbox_due; CREATE INDEX IF NOT EXISTS outbox_destination_due ON outbox(destination, next_attempt_at, id) WHERE leased = 0;");
        if (maxStoreBytes > 0)
        {
            using var pageSize = connection.CreateCommand();
            pageSize.CommandText = "PRAGMA page_size";
            var size = Convert.ToInt64(pageSize.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Execute(connection, "PRAGMA max_page_count=" + Math.Max(16, maxStoreBytes / size).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return connection;
    }

    /// <summary>Brings a store written by an earlier Guard up to date (SQLite has no ADD COLUMN IF NOT EXISTS).</summary>
    private static void AddColumn(SqliteConnection connection, string table, string column, string definition)
    {
        using var info = connection.CreateCommand();
        info.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
        if (Convert.ToInt64(info.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
        }
    }

    public static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
