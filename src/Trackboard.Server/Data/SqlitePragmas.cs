using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Trackboard.Server.Data;

/// <summary>
/// Per-connection SQLite settings. With the WAL journal (set once per file at start), <c>synchronous=NORMAL</c> syncs
/// at checkpoints instead of on every commit: a commit survives a crash of the Server, and the file is never
/// corrupted, but a power loss or OS crash may lose the last commits. PostgreSQL is the choice where that matters.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // Connections come from Microsoft.Data.Sqlite's pool: a new SqliteConnection object over a handle that was opened
    // before. The setting lives on the handle, so it is applied once per handle rather than on every open.
    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> s_applied = [];

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            if (s_applied.TryGetValue(handle, out _))
            {
                return;
            }
            s_applied.AddOrUpdate(handle, s_applied);
        }
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
