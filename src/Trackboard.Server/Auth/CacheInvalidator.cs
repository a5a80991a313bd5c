using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trackboard.Server.Data;
using Trackboard.Server.Validation;

namespace Trackboard.Server.Auth;

/// <summary>
/// Drops the in-process caches of credentials (<see cref="CredentialCache"/>: sessions, personal access tokens,
/// memberships) and of validation targets (<see cref="ValidationTargets"/>: API keys, published versions) once a save
/// that changes what they hold is committed: at the end of the save, or at the commit of the explicit transaction it
/// ran in (as a publish does), so a request that starts after the commit never sees the old row.
/// </summary>
internal sealed class CacheInvalidator(CredentialCache credentials, ValidationTargets targets) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private const int Credentials = 1;
    private const int Targets = 2;

    private readonly ConditionalWeakTable<DbContext, StrongBox<int>> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var caches = 0;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            caches |= entry switch
            {
                { Entity: PlanVersion, State: EntityState.Added or EntityState.Deleted } => Targets,
                { Entity: ApiKey, State: EntityState.Modified or EntityState.Deleted } => Targets,
                { Entity: Session or PersonalAccessToken, State: EntityState.Modified or EntityState.Deleted } => Credentials,
                { Entity: Membership, State: EntityState.Added or EntityState.Modified or EntityState.Deleted } => Credentials,
                _ => 0,
            };
        }
        if (caches != 0)
        {
            _pending.GetOrCreateValue(context).Value |= caches;
        }
    }

    private void Saved(DbContext? context)
    {
        // Inside an explicit transaction the change is not visible to others until the commit.
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var caches))
        {
            return;
        }
        _pending.Remove(context);
        if ((caches.Value & Credentials) != 0)
        {
            credentials.Invalidate();
        }
        if ((caches.Value & Targets) != 0)
        {
            targets.Invalidate();
        }
    }
}
