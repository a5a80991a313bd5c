using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Trackboard.Guard.Replay;

/// <summary>Reads DLQ rows with optional filters.</summary>
internal static class DlqReader
{
    public static List<DlqRow> Read(SqliteConnection connection, DlqFilter filter, SqliteTransaction? transaction = null)
    {
        var sql = new StringBuilder("""
            SELECT id, message_id, source, call_type, event_name, kind, reasons, violations, contract_version, body, received_at, forwarded, replayed_at, destination
            FROM dlq WHERE 1 = 1
            """);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        if (filter.PendingOnly)
        {
            sql.Append(" AND forwarded = 0 AND replayed_at IS NULL");
        }

        if (filter.Since is { } since)
        {
            sql.Append(" AND received_at >= $since");
            command.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        }

        if (filter.AfterId is { } after)
        {
            sql.Append(" AND id > $after");
            command.Parameters.AddWithValue("$after", after);
        }

        if (filter.Event is { } name)
        {
            sql.Append(" AND event_name = $event");
            command.Parameters.AddWithValue("$event", name);
        }

        sql.Append(" ORDER BY id");
        if (filter.Limit is { } limit)
        {
            sql.Append(" LIMIT ").Append(limit.ToString(CultureInfo.InvariantCulture));
        }

        command.CommandText = sql.ToString();
        var rows = new List<DlqRow>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new DlqRow(
                reader.GetInt64(0), Text(reader, 1), reader.GetString(2), reader.GetString(3), Text(reader, 4), reader.GetString(5), reader.GetString(6),
                Text(reader, 7), Text(reader, 8), reader.IsDBNull(9) ? [] : (byte[])reader.GetValue(9), reader.GetInt64(10), reader.GetInt64(11) != 0,
                reader.IsDBNull(12) ? null : reader.GetInt64(12), Text(reader, 13)));
        }

        return rows;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
