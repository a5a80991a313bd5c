using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.Data;

internal sealed class SqliteTrackboardDbContext(DbContextOptions<SqliteTrackboardDbContext> options, AuditActor? actor = null)
    : TrackboardDbContext(options, actor)
{
    // SQLite has one writer at a time; concurrent writers that collide sleep in the driver's busy retry (up to
    // 150 ms a turn), which under load costs far more than waiting here for each other.
    private static readonly SemaphoreSlim s_writer = new(1, 1);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Inside an explicit transaction the SQLite write lock may already be held by this connection: waiting here
        // could then wait on a writer that waits on us.
        if (Database.CurrentTransaction is not null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await s_writer.WaitAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            s_writer.Release();
        }
    }

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.AddInterceptors(SqlitePragmas.Instance);
}
