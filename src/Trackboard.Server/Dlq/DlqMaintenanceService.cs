using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Dlq;

/// <summary>
/// Every minute: detects spikes and queues a <c>dlq.spike</c> webhook per spiking group. Hourly: deletes entries past
/// <c>Trackboard:Dlq:RetentionDays</c>. The spike rule (docs/api.md): a group spikes when, in the last
/// <c>SpikeWindowMinutes</c>, it received at least <c>SpikeMinCount</c> entries and at least <c>SpikeFactor</c> times
/// its baseline, the average count per window over the <c>SpikeBaselineHours</c> before the window; the same group
/// is not reported again for <c>SpikeCooldownHours</c>.
/// </summary>
internal sealed partial class DlqMaintenanceService(IServiceScopeFactory scopes, TimeProvider time, IOptions<DlqOptions> options, ILogger<DlqMaintenanceService> logger)
    : BackgroundService
{
    private DateTime _lastPurge = DateTime.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckSpikesAsync(stoppingToken);
                if (time.GetUtcNow().UtcDateTime - _lastPurge >= TimeSpan.FromHours(1))
                {
                    await PurgeAsync(stoppingToken);
                    _lastPurge = time.GetUtcNow().UtcDateTime;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogMaintenanceFailed(logger, e);
            }
        }
    }

    /// <summary>Records the spikes of this minute and queues their webhooks; returns how many were new.</summary>
    public async Task<int> CheckSpikesAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var windowStart = now.AddMinutes(-o.SpikeWindowMinutes);
        var baselineStart = windowStart.AddHours(-o.SpikeBaselineHours);
        var windowsInBaseline = o.SpikeBaselineHours * 60.0 / o.SpikeWindowMinutes;
        var cooldown = TimeSpan.FromHours(o.SpikeCooldownHours);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var candidates = await DlqWriter.Entries(db).AsNoTracking().Where(e => e.ReceivedAt >= baselineStart && e.ReceivedAt <= now)
            .GroupBy(e => new { e.OrgId, e.PlanId, e.Fingerprint })
            .Select(g => new
            {
                g.Key.OrgId, g.Key.PlanId, g.Key.Fingerprint,
                Window = g.Sum(e => e.ReceivedAt >= windowStart ? 1 : 0),
                Baseline = g.Sum(e => e.ReceivedAt < windowStart ? 1 : 0),
            })
            .Where(x => x.Window >= o.SpikeMinCount)
            .ToListAsync(ct);
        var found = 0;
        foreach (var c in candidates.OrderBy(c => c.PlanId).ThenBy(c => c.Fingerprint, StringComparer.Ordinal))
        {
            var baseline = c.Baseline / windowsInBaseline;
            if (c.Window < o.SpikeFactor * baseline
                || await DlqWriter.Spikes(db).AnyAsync(s => s.PlanId == c.PlanId && s.Fingerprint == c.Fingerprint && s.DetectedAt > now - cooldown, ct))
            {
                continue;
            }
            var signature = await DlqWriter.Entries(db).Where(e => e.PlanId == c.PlanId && e.Fingerprint == c.Fingerprint).Select(e => e.Signature).FirstAsync(ct);
            DlqWriter.Spikes(db).Add(new DlqSpike
            {
                Id = Guid.NewGuid(), OrgId = c.OrgId, PlanId = c.PlanId, Fingerprint = c.Fingerprint, Bucket = now.Ticks / cooldown.Ticks,
                WindowCount = c.Window, BaselinePerWindow = Math.Round(baseline, 3), DetectedAt = now,
            });
            await WebhookEvents.EnqueueAsync(db, c.OrgId, WebhookEvents.DlqSpike, SpikeData(c.PlanId, c.Fingerprint, signature, c.Window, baseline, o), now, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                found++;
                LogSpike(logger, c.PlanId, c.Fingerprint, c.Window);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                // Another Server instance recorded this spike first; it also queued the webhook.
                db.ChangeTracker.Clear();
            }
        }
        return found;
    }

    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var cutoff = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RetentionDays);
        await DlqWriter.Spikes(db).Where(s => s.DetectedAt < cutoff).ExecuteDeleteAsync(ct);
        var deleted = await DlqWriter.Entries(db).Where(e => e.ReceivedAt < cutoff).ExecuteDeleteAsync(ct);
        if (deleted > 0)
        {
            LogPurged(logger, deleted);
        }
        return deleted;
    }

    private static JsonObject SpikeData(Guid planId, string fingerprint, string signature, int window, double baseline, DlqOptions o)
    {
        var facts = Fingerprint.Parse(signature);
        return new JsonObject
        {
            ["plan_id"] = planId.ToString(),
            ["fingerprint"] = fingerprint,
            ["event"] = facts.EventName,
            ["contract_version"] = facts.ContractVersion,
            ["source"] = facts.Source,
            ["app_version"] = facts.AppVersion,
            ["library"] = facts.Library,
            ["codes"] = new JsonArray([.. facts.Breaks.Select(b => b.Code).Distinct(StringComparer.Ordinal).Select(c => (JsonNode)c)]),
            ["window_minutes"] = o.SpikeWindowMinutes,
            ["window_count"] = window,
            ["baseline_per_window"] = Math.Round(baseline, 3),
            ["factor"] = o.SpikeFactor,
            ["group_url"] = $"/api/v1/plans/{planId}/dlq/groups/{fingerprint}",
        };
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "DLQ spike in plan {Plan}, group {Fingerprint}: {Count} entries in the window")]
    private static partial void LogSpike(ILogger logger, Guid plan, string fingerprint, int count);

    [LoggerMessage(EventId = 61, Level = LogLevel.Information, Message = "Deleted {Count} DLQ entries past retention")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(EventId = 62, Level = LogLevel.Warning, Message = "DLQ maintenance failed")]
    private static partial void LogMaintenanceFailed(ILogger logger, Exception exception);
}
