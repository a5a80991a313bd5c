using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Live;

/// <summary>
/// Review activity on a merge request (opened, a comment, an approval given or withdrawn, a merge, a close or reopen) sent on
/// the live feed of the main plan it targets (<c>event: review</c>), so an open merge-request page shows what another
/// reviewer did without a reload. Carries ids and the action only; readers load the rest with their own rights.
/// </summary>
internal static class ReviewLive
{
    public const string Open = "open";
    public const string Comment = "comment";
    public const string Approve = "approve";
    public const string Withdraw = "withdraw";
    public const string Merge = "merge";
    public const string Close = "close";
    public const string Reopen = "reopen";

    /// <summary>Publishes after the action's commit; the feed is best effort and never fails the action.</summary>
    public static async Task PublishAsync(LiveFeed live, TrackboardDbContext db, MergeRequest mr, string action, Guid actor, DateTime at, CancellationToken ct)
    {
        if (!live.Wants(mr.OrgId, mr.TargetPlanId))
        {
            return;
        }
        var id = Guid.NewGuid().ToString();
        var json = new JsonObject
        {
            ["id"] = id,
            ["type"] = LiveMessage.ReviewKind,
            ["org_id"] = mr.OrgId.ToString(),
            ["plan_id"] = mr.TargetPlanId.ToString(),
            ["merge_request_id"] = mr.Id.ToString(),
            ["action"] = action,
            ["actor_id"] = actor.ToString(),
            ["at"] = at,
        }.ToJsonString();
        await live.PublishAsync(db, [new LiveMessage(mr.OrgId, mr.TargetPlanId, id, json, LiveMessage.ReviewKind)], ct);
    }
}
