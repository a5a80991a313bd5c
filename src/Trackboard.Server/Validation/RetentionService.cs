using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Validation;

/// <summary>Deletes validation results older than <c>Trackboard:ValidationRetentionDays</c>, hourly.</summary>
internal sealed partial class RetentionService(IServiceScopeFactory scopes, TimeProvider time, IOptions<ServerOptions> options, ILogger<RetentionService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPurgeFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.ValidationRetentionDays);
        await db.ValidationViolations.Where(v => v.ReceivedAt < cutoff).ExecuteDeleteAsync(ct);
        var deleted = await db.ValidationRecords.Where(r => r.ReceivedAt < cutoff).ExecuteDeleteAsync(ct);
        deleted += await db.Set<GuardLink.GuardCount>().Where(c => c.WindowEnd < cutoff).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            LogPurged(logger, deleted);
        }
        return deleted;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information, Message = "Deleted {Count} validation results past retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 21, Level = LogLevel.Warning, Message = "Validation retention purge failed")]
    private static partial void LogPurgeFailed(ILogger logger, Exception exception);
}
