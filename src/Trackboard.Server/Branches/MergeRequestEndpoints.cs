using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Diff;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Live;
using Trackboard.Server.Plans;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Branches;

internal static class MergeRequestEndpoints
{
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Merged = "merged";

    public static IEndpointRouteBuilder MapMergeRequests(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Merge requests");
        group.MapPost("/plans/{id:guid}/merge-requests", Create).RequireAuthorization(Policies.Editor);
        group.MapGet("/plans/{id:guid}/merge-requests", List).RequireAuthorization(Policies.Viewer);
        group.MapGet("/merge-requests/{id:guid}", Get).RequireAuthorization(Policies.Viewer);
        group.MapPost("/merge-requests/{id:guid}/merge", Merge).RequireAuthorization(Policies.Editor);
        group.MapPost("/merge-requests/{id:guid}/close", (Guid id, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) => SetStatusAsync(Caller.From(http.User), id, Closed, db, live, time, ct))
            .RequireAuthorization(Policies.Editor);
        group.MapPost("/merge-requests/{id:guid}/reopen", (Guid id, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) => SetStatusAsync(Caller.From(http.User), id, Open, db, live, time, ct))
            .RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        Guid id, MergeRequestCreate request, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), id, request, db, live, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> CreateAsync(
        Caller caller, Guid id, MergeRequestCreate request, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct)
    {
        var branch = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (branch is null)
        {
            return Problems.NotFound("Plan");
        }
        if (branch.ParentPlanId is not { } target)
        {
            return Problems.Create(409, ErrorCodes.NotBranch, "Open a merge request from a branch (POST /plans/{id}/branch first).");
        }
        if (request.Title is not { Length: > 0 } title || string.IsNullOrWhiteSpace(title))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "title is required.", "$.title");
        }
        if (title.Length > 200)
        {
            return Problems.BadRequest(ErrorCodes.NameTooLong, "title is longer than 200 characters.", "$.title");
        }
        var mr = new MergeRequest
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, SourcePlanId = id, TargetPlanId = target, Title = title.Trim(),
            Description = request.Description, Status = Open, AuthorId = caller.UserId, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.MergeRequests.Add(mr);
        await WebhookEvents.EnqueueAsync(db, caller.OrgId, WebhookEvents.MergeRequestOpened, View(mr), mr.CreatedAt, ct);
        await db.SaveChangesAsync(ct);
        await ReviewLive.PublishAsync(live, db, mr, ReviewLive.Open, caller.UserId, mr.CreatedAt, ct);
        return TypedResults.Created($"/api/v1/merge-requests/{mr.Id}", View(mr));
    }

    private static Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        if (await PlanAccess.FindPlanAsync(db, caller, id, ct) is null)
        {
            return Problems.NotFound("Plan");
        }
        var rows = await db.MergeRequests.AsNoTracking()
            .Where(m => m.OrgId == caller.OrgId && (m.SourcePlanId == id || m.TargetPlanId == id))
            .OrderByDescending(m => m.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. rows.Select(m => (JsonNode)View(m))]));
    }

    /// <summary>The merge request with what the branch changes (semantic diff against the base) and the conflicts a merge would meet now.</summary>
    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Get(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        GetAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> GetAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        var mr = await db.MergeRequests.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct);
        var sides = mr is null ? null : await SidesAsync(db, caller, mr, ct);
        if (mr is null || sides is null)
        {
            return Problems.NotFound("Merge request");
        }
        var (branch, _, mainState, branchState) = sides.Value;
        var baseCheck = ContractsCheck(BranchEndpoints.BaseOf(branch));
        var branchCheck = branchState.Check(null);
        var node = View(mr);
        if (baseCheck is not null && branchCheck.Contract is not null)
        {
            node["diff"] = JsonNode.Parse(DiffReport.ToJson(ContractDiff.Compare(baseCheck, branchCheck.Contract)));
        }
        if (branchCheck.Contract is not null)
        {
            node["consistency_findings"] = ConsistencyFindings.For(baseCheck, branchCheck.Contract);
        }
        node["review"] = await ApprovalEndpoints.ApprovalsAsync(db, mr, branch, ct);
        node["comment_count"] = await db.Comments.CountAsync(c => c.TargetType == Comment.OnMergeRequest && c.TargetId == mr.Id, ct);
        var preview = ThreeWayMerge.Merge(BranchEndpoints.BaseOf(branch), mainState.Build([]), branchState.Build([]), new Dictionary<string, string>());
        node["conflicts"] = Conflicts(preview.Conflicts);
        return TypedResults.Ok(node);
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Merge(
        Guid id, MergeRequestMerge request, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) =>
        MergeAsync(Caller.From(http.User), id, request, db, live, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> MergeAsync(
        Caller caller, Guid id, MergeRequestMerge request, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct)
    {
        var mr = await db.MergeRequests.FirstOrDefaultAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct);
        var sides = mr is null ? null : await SidesAsync(db, caller, mr, ct);
        if (mr is null || sides is null)
        {
            return Problems.NotFound("Merge request");
        }
        if (mr.Status != Open)
        {
            return Problems.Create(409, ErrorCodes.MergeRequestNotOpen, $"The merge request is {mr.Status}.");
        }
        if (request.DraftRevision is not { } revision)
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "draft_revision (of the main plan) is required.", "$.draft_revision");
        }
        var resolutions = request.Resolutions ?? [];
        if (resolutions.FirstOrDefault(r => r.Value is not (ThreeWayMerge.Main or ThreeWayMerge.Branch)) is { Key: not null } bad)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "A resolution is \"main\" or \"branch\".", $"$.resolutions['{bad.Key}']");
        }
        var (branch, main, mainState, branchState) = sides.Value;
        if (DraftCommit.Precheck(main, revision) is { } precheck)
        {
            return precheck;
        }
        var review = await ApprovalEndpoints.ApprovalsAsync(db, mr, branch, ct);
        if (review["approved"]!.GetValue<bool>() is false)
        {
            return Problems.Create(409, ErrorCodes.ApprovalsRequired,
                $"The plan requires {main.RequiredApprovals} approval(s) of the branch as it is now; it has {review["approval_count"]}.",
                new Dictionary<string, object?> { ["review"] = review });
        }
        var outcome = ThreeWayMerge.Merge(BranchEndpoints.BaseOf(branch), mainState.Build([]), branchState.Build([]), resolutions);
        if (outcome.Merged is null)
        {
            return Problems.Create(409, ErrorCodes.MergeConflict,
                "Main and the branch changed the same items differently; resolve each conflict with \"main\" or \"branch\" in resolutions.",
                new Dictionary<string, object?> { ["conflicts"] = Conflicts(outcome.Conflicts) });
        }
        var now = time.GetUtcNow().UtcDateTime;
        DraftRows.Replace(db, mainState, outcome.Merged, now);
        mr.Status = Merged;
        mr.MergedAt = now;
        mr.MergedBy = caller.UserId;
        await WebhookEvents.EnqueueAsync(db, caller.OrgId, WebhookEvents.MergeRequestMerged, View(mr), now, ct);
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, mainState, revision, null, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        await ReviewLive.PublishAsync(live, db, mr, ReviewLive.Merge, caller.UserId, now, ct);
        var node = View(mr);
        node["draft_revision"] = newRevision;
        return TypedResults.Ok(node);
    }

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> SetStatusAsync(
        Caller caller, Guid id, string status, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct)
    {
        var mr = await db.MergeRequests.FirstOrDefaultAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct);
        if (mr is null)
        {
            return Problems.NotFound("Merge request");
        }
        if (mr.Status == Merged)
        {
            return Problems.Create(409, ErrorCodes.MergeRequestNotOpen, "A merged merge request cannot be closed or reopened.");
        }
        var changed = mr.Status != status;
        mr.Status = status;
        if (changed)
        {
            var name = status == Closed ? WebhookEvents.MergeRequestClosed : WebhookEvents.MergeRequestReopened;
            await WebhookEvents.EnqueueAsync(db, caller.OrgId, name, View(mr), time.GetUtcNow().UtcDateTime, ct);
        }
        await db.SaveChangesAsync(ct);
        if (changed)
        {
            await ReviewLive.PublishAsync(live, db, mr, status == Closed ? ReviewLive.Close : ReviewLive.Reopen, caller.UserId, time.GetUtcNow().UtcDateTime, ct);
        }
        return TypedResults.Ok(View(mr));
    }

    private static async Task<(Plan Branch, Plan Main, DraftState MainState, DraftState BranchState)?> SidesAsync(
        TrackboardDbContext db, Caller caller, MergeRequest mr, CancellationToken ct)
    {
        var branch = await PlanAccess.FindPlanAsync(db, caller, mr.SourcePlanId, ct);
        var main = await PlanAccess.FindPlanAsync(db, caller, mr.TargetPlanId, ct);
        if (branch is null || main is null)
        {
            return null;
        }
        return (branch, main, await DraftState.LoadAsync(db, main, ct), await DraftState.LoadAsync(db, branch, ct));
    }

    private static Trackboard.Contracts.Model.Contract? ContractsCheck(JsonObject document) =>
        Trackboard.Contracts.Loading.ContractLoader.Load(document.ToJsonString()).Contract;

    private static JsonArray Conflicts(IReadOnlyList<MergeConflict> conflicts) =>
        new([.. conflicts.Select(c => (JsonNode)new JsonObject
        {
            ["key"] = c.Key,
            ["base"] = c.Base?.DeepClone(),
            ["main"] = c.Main?.DeepClone(),
            ["branch"] = c.Branch?.DeepClone(),
        })]);

    public static JsonObject View(MergeRequest m) => new()
    {
        ["id"] = m.Id.ToString(),
        ["source_plan_id"] = m.SourcePlanId.ToString(),
        ["target_plan_id"] = m.TargetPlanId.ToString(),
        ["title"] = m.Title,
        ["description"] = m.Description,
        ["status"] = m.Status,
        ["author_id"] = m.AuthorId.ToString(),
        ["created_at"] = m.CreatedAt,
        ["merged_at"] = m.MergedAt,
        ["merged_by"] = m.MergedBy?.ToString(),
    };
}
