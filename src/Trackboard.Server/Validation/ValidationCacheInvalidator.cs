using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Trackboard.Server.Data;

namespace Trackboard.Server.Validation;

/// <summary>
/// Drops the <see cref="ValidationTargets"/> cache once a save that adds a version or changes an API key is committed:
/// at the end of the save, or at the commit of the explicit transaction it ran in (as a publish does), so a validation
/// that starts after the commit never sees the old key or version.
/// </summary>
internal sealed class ValidationCacheInvalidator(ValidationTargets targets) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

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
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if ((entry.Entity is PlanVersion && entry.State is EntityState.Added or EntityState.Deleted)
                || (entry.Entity is ApiKey && entry.State is EntityState.Modified or EntityState.Deleted))
            {
                _pending.AddOrUpdate(context, context);
                return;
            }
        }
    }

    private void Saved(DbContext? context)
    {
        // Inside an explicit transaction the change is not visible to others until the commit.
        if (context is not null && context.Database.CurrentTransaction is null && _pending.Remove(context))
        {
            targets.Invalidate();
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            targets.Invalidate();
        }
    }
}
