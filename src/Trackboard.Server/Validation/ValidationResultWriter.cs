using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;
using Trackboard.Server.Live;

namespace Trackboard.Server.Validation;

/// <summary>
/// Stores the results of the validate API with group commit: calls queue their rows here and one writer commits
/// everything queued since its last commit in one transaction, then completes each call's <see cref="ValidationResults.Stored"/>.
/// A call answers only after its rows are committed, so a 200 still means "stored", but concurrent calls share one
/// commit instead of queueing for SQLite's single writer one by one. If a shared commit fails, each call is retried
/// alone so one bad call cannot fail the others. On shutdown the queue is drained before the host stops.
/// </summary>
internal sealed partial class ValidationResultWriter(IServiceScopeFactory scopes, LiveFeed live, ILogger<ValidationResultWriter> logger) : BackgroundService
{
    private const int MaxRowsPerCommit = 5000;
    private const int QueueCapacity = 10_000;

    private readonly Channel<ValidationResults> _queue = Channel.CreateBounded<ValidationResults>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Queues the rows and waits until they are committed; throws what the commit threw.</summary>
    public async Task StoreAsync(ValidationResults results, CancellationToken ct)
    {
        await _queue.Writer.WriteAsync(results, ct);
        await results.Stored;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reader = _queue.Reader;
        var batch = new List<ValidationResults>();
        // Not cancelled by stoppingToken: the loop ends when StopAsync completes the queue and it is drained.
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            var rows = 0;
            while (rows < MaxRowsPerCommit && reader.TryRead(out var results))
            {
                batch.Add(results);
                rows += results.RowCount;
            }
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<ValidationResults> batch)
    {
        try
        {
            await SaveAsync(batch);
        }
        catch (Exception e) when (batch.Count > 1 && e is not OutOfMemoryException)
        {
            LogSharedCommitFailed(logger, batch.Count, e);
            foreach (var results in batch)
            {
                await CommitAsync([results]);
            }
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogCommitFailed(logger, e);
            batch[0].Complete(e);
            return;
        }
        foreach (var results in batch)
        {
            results.Complete(null);
        }
        try
        {
            await AfterCommitAsync(batch);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Stored and answered: the key's last-used stamp and the live feed are best effort.
            LogAfterCommitFailed(logger, e);
        }
    }

    private async Task SaveAsync(List<ValidationResults> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var results in batch)
        {
            db.ValidationRecords.AddRange(results.Records);
            db.ValidationViolations.AddRange(results.Violations);
            db.AddRange(results.DlqEntries);
        }
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task AfterCommitAsync(List<ValidationResults> batch)
    {
        var stamps = batch.Where(r => r.KeyUsedAt is not null).GroupBy(r => r.Target.Key.Id).ToList();
        var messages = new List<LiveMessage>();
        foreach (var results in batch.Where(r => live.Wants(r.Target.Key.OrgId, r.Target.Key.PlanId)))
        {
            var violations = results.Violations.ToLookup(v => v.RecordId);
            messages.AddRange(results.Records.Select(r => LiveValidations.Message(r, violations[r.Id], results.Target.VersionNumber)));
        }
        if (stamps.Count == 0 && messages.Count == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        foreach (var stamp in stamps)
        {
            var at = stamp.Max(r => r.KeyUsedAt!.Value);
            await db.ApiKeys.Where(k => k.Id == stamp.Key).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, at), CancellationToken.None);
        }
        await live.PublishAsync(db, messages, CancellationToken.None);
    }

    [LoggerMessage(EventId = 80, Level = LogLevel.Warning, Message = "Validation results: a shared commit of {Count} calls failed; committing them one by one")]
    private static partial void LogSharedCommitFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 81, Level = LogLevel.Error, Message = "Validation results could not be stored")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 82, Level = LogLevel.Warning, Message = "Validation results stored, but the key's last use or the live feed was not updated")]
    private static partial void LogAfterCommitFailed(ILogger logger, Exception exception);
}
