using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Webhooks;

internal static class WebhookEvents
{
    public const string VersionPublished = "version.published";
    public const string MergeRequestOpened = "merge_request.opened";
    public const string MergeRequestMerged = "merge_request.merged";
    public const string MergeRequestClosed = "merge_request.closed";
    public const string MergeRequestReopened = "merge_request.reopened";
    public const string MergeRequestApproved = "merge_request.approved";
    public const string MergeRequestCommented = "merge_request.commented";
    public const string DlqSpike = "dlq.spike";

    public static IReadOnlyList<string> All { get; } =
        [VersionPublished, MergeRequestOpened, MergeRequestMerged, MergeRequestClosed, MergeRequestReopened, MergeRequestApproved, MergeRequestCommented, DlqSpike];

    /// <summary>Queues one delivery per active webhook of the organization that subscribes to <paramref name="name"/>; saved with the caller's unit of work.</summary>
    public static async Task EnqueueAsync(TrackboardDbContext db, Guid orgId, string name, JsonObject data, DateTime now, CancellationToken ct)
    {
        var active = await db.Webhooks.Where(w => w.OrgId == orgId && w.Active).ToListAsync(ct);
        var hooks = active.Where(w => w.Events.Split(' ').Contains(name, StringComparer.Ordinal));
        foreach (var hook in hooks)
        {
            var id = Guid.NewGuid();
            var payload = new JsonObject { ["id"] = id.ToString(), ["event"] = name, ["created_at"] = now, ["data"] = data.DeepClone() };
            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                Id = id, OrgId = orgId, WebhookId = hook.Id, Event = name, Payload = payload.ToJsonString(), Status = WebhookDispatcher.Pending,
                NextAttemptAt = now, CreatedAt = now,
            });
        }
    }
}
