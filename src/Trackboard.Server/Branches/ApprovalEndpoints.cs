using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Live;
using Trackboard.Server.Plans;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Branches;

/// <summary>Approvals of merge requests and the plan setting that says how many a merge needs.</summary>
internal static class ApprovalEndpoints
{
    public const int MaxRequiredApprovals = 10;

    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Merge requests");
        group.MapPost("/merge-requests/{id:guid}/approve", Approve).RequireAuthorization(Policies.Editor);
        group.MapDelete("/merge-requests/{id:guid}/approve", Withdraw).RequireAuthorization(Policies.Editor);
        group.MapGet("/plans/{id:guid}/review-settings", GetSettings).RequireAuthorization(Policies.Viewer);
        group.MapPut("/plans/{id:guid}/review-settings", PutSettings).RequireAuthorization(Policies.Admin);
        return routes;
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Approve(
        Guid id, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) =>
        ApproveAsync(Caller.From(http.User), id, db, live, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ApproveAsync(
        Caller caller, Guid id, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct)
    {
        var mr = await db.MergeRequests.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct);
        var branch = mr is null ? null : await PlanAccess.FindPlanAsync(db, caller, mr.SourcePlanId, ct);
        if (mr is null || branch is null)
        {
            return Problems.NotFound("Merge request");
        }
        if (mr.Status != MergeRequestEndpoints.Open)
        {
            return Problems.Create(409, ErrorCodes.MergeRequestNotOpen, $"The merge request is {mr.Status}; only an open one can be approved.");
        }
        if (mr.AuthorId == caller.UserId)
        {
            return Problems.Create(403, ErrorCodes.SelfApproval, "The author of a merge request cannot approve it; ask another editor.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var approval = await db.MergeRequestApprovals.FirstOrDefaultAsync(a => a.MergeRequestId == id && a.UserId == caller.UserId, ct);
        if (approval is null)
        {
            db.MergeRequestApprovals.Add(new MergeRequestApproval
            {
                MergeRequestId = id, UserId = caller.UserId, OrgId = caller.OrgId, BranchRevision = branch.DraftRevision, CreatedAt = now,
            });
        }
        else
        {
            approval.BranchRevision = branch.DraftRevision;
            approval.CreatedAt = now;
        }
        var data = MergeRequestEndpoints.View(mr);
        data["approved_by"] = caller.UserId.ToString();
        await WebhookEvents.EnqueueAsync(db, caller.OrgId, WebhookEvents.MergeRequestApproved, data, now, ct);
        await db.SaveChangesAsync(ct);
        await ReviewLive.PublishAsync(live, db, mr, ReviewLive.Approve, caller.UserId, now, ct);
        return TypedResults.Ok(await ApprovalsAsync(db, mr, branch, ct));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Withdraw(
        Guid id, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) =>
        WithdrawAsync(Caller.From(http.User), id, db, live, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> WithdrawAsync(
        Caller caller, Guid id, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct)
    {
        var mr = await db.MergeRequests.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct);
        var branch = mr is null ? null : await PlanAccess.FindPlanAsync(db, caller, mr.SourcePlanId, ct);
        if (mr is null || branch is null)
        {
            return Problems.NotFound("Merge request");
        }
        if (await db.MergeRequestApprovals.FirstOrDefaultAsync(a => a.MergeRequestId == id && a.UserId == caller.UserId, ct) is { } approval)
        {
            db.MergeRequestApprovals.Remove(approval);
            await db.SaveChangesAsync(ct);
            await ReviewLive.PublishAsync(live, db, mr, ReviewLive.Withdraw, caller.UserId, time.GetUtcNow().UtcDateTime, ct);
        }
        return TypedResults.Ok(await ApprovalsAsync(db, mr, branch, ct));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetSettings(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        GetSettingsAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetSettingsAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        return plan is null ? Problems.NotFound("Plan") : TypedResults.Ok(Settings(plan));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> PutSettings(
        Guid id, ReviewSettings request, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        PutSettingsAsync(Caller.From(http.User), id, request, db, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> PutSettingsAsync(
        Caller caller, Guid id, ReviewSettings request, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        if (plan.ParentPlanId is not null)
        {
            return Problems.Create(409, ErrorCodes.NotMain, "Review settings belong to the main plan that merge requests target.");
        }
        if (request.RequiredApprovals is not { } required)
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "required_approvals is required.", "$.required_approvals");
        }
        if (required is < 0 or > MaxRequiredApprovals)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, $"required_approvals is from 0 to {MaxRequiredApprovals}.", "$.required_approvals");
        }
        plan.RequiredApprovals = required;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(Settings(plan));
    }

    /// <summary>The approvals of a merge request; only those given at the branch's current revision count.</summary>
    public static async Task<JsonObject> ApprovalsAsync(TrackboardDbContext db, MergeRequest mr, Plan branch, CancellationToken ct)
    {
        var required = await db.Plans.Where(p => p.Id == mr.TargetPlanId).Select(p => p.RequiredApprovals).FirstOrDefaultAsync(ct);
        var rows = await db.MergeRequestApprovals.AsNoTracking().Where(a => a.MergeRequestId == mr.Id).ToListAsync(ct);
        var current = rows.Count(a => a.BranchRevision == branch.DraftRevision);
        return new JsonObject
        {
            ["required_approvals"] = required,
            ["approval_count"] = current,
            ["approved"] = current >= required,
            ["approvals"] = new JsonArray([.. rows.OrderBy(a => a.CreatedAt).ThenBy(a => a.UserId).Select(a => (JsonNode)new JsonObject
            {
                ["user_id"] = a.UserId.ToString(),
                ["branch_revision"] = a.BranchRevision,
                ["current"] = a.BranchRevision == branch.DraftRevision,
                ["created_at"] = a.CreatedAt,
            })]),
        };
    }

    private static JsonObject Settings(Plan plan) => new() { ["plan_id"] = plan.Id.ToString(), ["required_approvals"] = plan.RequiredApprovals };
}
