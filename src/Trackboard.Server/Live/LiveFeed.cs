using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Live;

/// <summary>
/// Fans validation results out to the open feeds of this instance. On SQLite a published message is delivered in
/// process; on PostgreSQL it goes through NOTIFY, and every instance (this one included) delivers what its
/// <see cref="PostgresLiveListener"/> hears, so a result validated on one instance reaches the feeds of all.
/// </summary>
internal sealed partial class LiveFeed(IOptions<DatabaseOptions> database, ILogger<LiveFeed> logger)
{
    public const string Channel = "trackboard_live";

    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LiveSubscription[] _subscriptions = [];

    public bool UsesNotify => database.Value.Provider == DatabaseOptions.Postgres;

    /// <summary>Completes once results published by other instances can arrive (at once on SQLite).</summary>
    public Task Listening => UsesNotify ? _listening.Task : Task.CompletedTask;

    public void MarkListening() => _listening.TrySetResult();

    public LiveSubscription Subscribe(Guid orgId, Guid planId)
    {
        var subscription = new LiveSubscription(orgId, planId, Remove);
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }
        return subscription;
    }

    /// <summary>Hands a message to the feeds of its organization and plan on this instance.</summary>
    public void Deliver(LiveMessage message)
    {
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.OrgId == message.OrgId && subscription.PlanId == message.PlanId)
            {
                subscription.Offer(message);
            }
        }
    }

    /// <summary>Reads a NOTIFY payload (the message JSON with its org_id, plan_id and id); false when it is not one of ours.</summary>
    public bool DeliverJson(string payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("org_id", out var org) && org.TryGetGuid(out var orgId)
                && root.TryGetProperty("plan_id", out var plan) && plan.TryGetGuid(out var planId)
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                // Review activity says so in "type"; results have none ("kind" on Guard rows is blocked, warned, …).
                var kind = root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == LiveMessage.ReviewKind
                    ? LiveMessage.ReviewKind : LiveMessage.ValidationKind;
                Deliver(new LiveMessage(orgId, planId, id.GetString()!, payload, kind));
                return true;
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }

    /// <summary>True when a result of this plan has somewhere to go: an open feed here, or other instances (PostgreSQL).</summary>
    public bool Wants(Guid orgId, Guid planId)
    {
        if (UsesNotify)
        {
            return true;
        }
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (subscription.OrgId == orgId && subscription.PlanId == planId)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Publishes the validation results this unit of work saved.</summary>
    public async Task PublishValidationsAsync(TrackboardDbContext db, CancellationToken ct) =>
        await PublishAsync(db, await LiveValidations.CollectAsync(db, ct), ct);

    /// <summary>Publishes stored results: in process on SQLite, through NOTIFY (one statement, on <paramref name="db"/>) on PostgreSQL.</summary>
    public async Task PublishAsync(TrackboardDbContext db, IReadOnlyList<LiveMessage> messages, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return;
        }
        if (!UsesNotify)
        {
            foreach (var message in messages)
            {
                Deliver(message);
            }
            return;
        }
        var payloads = messages.Select(m => m.Json).ToArray();
        try
        {
            // One round trip for the whole batch; PostgreSQL delivers the notifications when this statement commits.
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, p) FROM unnest({payloads}) AS p", ct);
        }
        catch (DbException e)
        {
            // The results are stored; the feed is best effort and must not fail the validation call.
            LogNotifyFailed(logger, messages.Count, e);
        }
    }

    [LoggerMessage(EventId = 42, Level = LogLevel.Warning, Message = "Live feed: {Count} results not sent to other instances")]
    private static partial void LogNotifyFailed(ILogger logger, int count, Exception exception);

    private void Remove(LiveSubscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        }
    }
}
