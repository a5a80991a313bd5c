using Microsoft.Data.Sqlite;

namespace Trackboard.Guard.Storage;

/// <summary>One caller's part of a group commit; completes after the transaction commits.</summary>
internal sealed class StoreWork(Action<SqliteConnection, SqliteTransaction> run) : TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public void Run(SqliteConnection connection, SqliteTransaction transaction) => run(connection, transaction);
}
