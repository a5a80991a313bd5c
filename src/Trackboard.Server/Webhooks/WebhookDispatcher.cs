using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Webhooks;

/// <summary>
/// Sends queued webhook deliveries: signed with HMAC-SHA-256 over <c>timestamp.body</c>, retried with backoff,
/// every attempt logged on the delivery row. A delivery is leased with a conditional update, so several Server
/// instances on one database never send it twice at once.
/// </summary>
internal sealed partial class WebhookDispatcher(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider time, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const int MaxAttempts = 5;
    private static readonly TimeSpan[] s_backoff = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10)];
    private static readonly TimeSpan s_lease = TimeSpan.FromSeconds(60);

    private readonly HttpClient _guarded = new(AddressGuard.CreateHandler(allowPrivate: false)) { Timeout = TimeSpan.FromSeconds(10) };
    private readonly HttpClient _open = new(AddressGuard.CreateHandler(allowPrivate: true)) { Timeout = TimeSpan.FromSeconds(10) };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDispatchFailed(logger, e);
            }
        }
    }

    public async Task DispatchDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.WebhookDeliveries.AsNoTracking().Where(d => d.Status == Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).Take(20).ToListAsync(ct);
        foreach (var delivery in due)
        {
            var leased = await db.WebhookDeliveries.Where(d => d.Id == delivery.Id && d.Status == Pending && d.NextAttemptAt == delivery.NextAttemptAt)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, now + s_lease), ct);
            if (leased == 1)
            {
                await SendAsync(db, delivery, ct);
            }
        }
    }

    private async Task SendAsync(TrackboardDbContext db, WebhookDelivery delivery, CancellationToken ct)
    {
        var hook = await db.Webhooks.AsNoTracking().FirstAsync(w => w.Id == delivery.WebhookId, ct);
        var allowPrivate = await db.Organizations.Where(o => o.Id == hook.OrgId).Select(o => o.AllowPrivateWebhookTargets).FirstAsync(ct);
        var secret = protection.CreateProtector(WebhookEndpoints.Purpose).Unprotect(hook.ProtectedSecret);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Trackboard-Event", delivery.Event);
        request.Headers.Add("X-Trackboard-Delivery", delivery.Id.ToString());
        request.Headers.Add("X-Trackboard-Timestamp", timestamp);
        request.Headers.Add("X-Trackboard-Signature", "sha256=" + Sign(secret, timestamp, delivery.Payload));
        int? status = null;
        string? error = null;
        var blocked = false;
        try
        {
            using var response = await (allowPrivate ? _open : _guarded).SendAsync(request, ct);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"HTTP {status}";
        }
        catch (HttpRequestException e)
        {
            blocked = e.InnerException is WebhookTargetBlockedException;
            error = blocked ? e.InnerException!.Message : e.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            error = "timed out after 10 s";
        }
        var now = time.GetUtcNow().UtcDateTime;
        var attempts = delivery.Attempts + 1;
        // A refused address will not become allowed by retrying; everything else gets the backoff schedule.
        var outcome = error is null ? Delivered : blocked || attempts >= MaxAttempts ? Failed : Pending;
        var next = outcome == Pending ? now + s_backoff[Math.Min(attempts - 1, s_backoff.Length - 1)] : delivery.NextAttemptAt;
        await db.WebhookDeliveries.Where(d => d.Id == delivery.Id).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, outcome)
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.LastStatusCode, status)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.DeliveredAt, outcome == Delivered ? now : null), ct);
        LogAttempt(logger, delivery.Id, attempts, outcome);
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    public override void Dispose()
    {
        _guarded.Dispose();
        _open.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 30, Level = LogLevel.Information, Message = "Webhook delivery {Delivery} attempt {Attempt}: {Outcome}")]
    private static partial void LogAttempt(ILogger logger, Guid delivery, int attempt, string outcome);

    [LoggerMessage(EventId = 31, Level = LogLevel.Warning, Message = "Webhook dispatch failed")]
    private static partial void LogDispatchFailed(ILogger logger, Exception exception);
}
