using System.Data.Common;
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

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
