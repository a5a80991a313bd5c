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

/// <summary>Review comments on events and on merge requests.</summary>
internal static class CommentEndpoints
{
    public const int MaxBodyLength = 10_000;

    public static IEndpointRouteBuilder MapComments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Comments");
        group.MapGet("/events/{id:guid}/comments", ListOnEvent).RequireAuthorization(Policies.Viewer);
        group.MapPost("/events/{id:guid}/comments", AddOnEvent).RequireAuthorization(Policies.Editor);
        group.MapGet("/merge-requests/{id:guid}/comments", ListOnMergeRequest).RequireAuthorization(Policies.Viewer);
        group.MapPost("/merge-requests/{id:guid}/comments", AddOnMergeRequest).RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListOnEvent(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var (plan, _) = await PlanAccess.FindEventAsync(db, Caller.From(http.User), id, ct);
        return plan is null ? Problems.NotFound("Event") : TypedResults.Ok(await ListAsync(db, Comment.OnEvent, id, ct));
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> AddOnEvent(
        Guid id, CommentCreate request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (plan, _) = await PlanAccess.FindEventAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Event");
        }
        return await AddAsync(db, caller, Comment.OnEvent, id, request, time, null, ct);
    }

    private static Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListOnMergeRequest(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListOnMergeRequestAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListOnMergeRequestAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        return await db.MergeRequests.AnyAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct)
            ? TypedResults.Ok(await ListAsync(db, Comment.OnMergeRequest, id, ct))
            : Problems.NotFound("Merge request");
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> AddOnMergeRequest(
        Guid id, CommentCreate request, HttpContext http, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct) =>
        AddOnMergeRequestAsync(Caller.From(http.User), id, request, db, live, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> AddOnMergeRequestAsync(
        Caller caller, Guid id, CommentCreate request, TrackboardDbContext db, LiveFeed live, TimeProvider time, CancellationToken ct)
    {
        var mr = await db.MergeRequests.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.OrgId == caller.OrgId, ct);
        if (mr is null)
        {
            return Problems.NotFound("Merge request");
        }
        var added = await AddAsync(db, caller, Comment.OnMergeRequest, id, request, time, MergeRequestEndpoints.View(mr), ct);
        if (added.Result is Created<JsonObject>)
        {
            await ReviewLive.PublishAsync(live, db, mr, ReviewLive.Comment, caller.UserId, time.GetUtcNow().UtcDateTime, ct);
        }
        return added;
    }

    /// <summary>Adds a comment; a comment on a merge request also queues <c>merge_request.commented</c> with the request in <paramref name="mergeRequest"/>.</summary>
    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> AddAsync(
        TrackboardDbContext db, Caller caller, string targetType, Guid targetId, CommentCreate request, TimeProvider time, JsonObject? mergeRequest, CancellationToken ct)
    {
        if (request.Body is not { } body || string.IsNullOrWhiteSpace(body))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "body is required: the text of the comment.", "$.body");
        }
        if (body.Length > MaxBodyLength)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, $"body is longer than {MaxBodyLength} characters.", "$.body");
        }
        var comment = new Comment
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, TargetType = targetType, TargetId = targetId, AuthorId = caller.UserId,
            Body = body, CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Comments.Add(comment);
        if (mergeRequest is not null)
        {
            mergeRequest["comment"] = View(comment);
            await WebhookEvents.EnqueueAsync(db, caller.OrgId, WebhookEvents.MergeRequestCommented, mergeRequest, comment.CreatedAt, ct);
        }
        await db.SaveChangesAsync(ct);
        var prefix = targetType == Comment.OnEvent ? "events" : "merge-requests";
        return TypedResults.Created($"/api/v1/{prefix}/{targetId}/comments", View(comment));
    }

    private static async Task<JsonArray> ListAsync(TrackboardDbContext db, string targetType, Guid targetId, CancellationToken ct)
    {
        var rows = await db.Comments.AsNoTracking().Where(c => c.TargetType == targetType && c.TargetId == targetId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).ToListAsync(ct);
        return new JsonArray([.. rows.Select(c => (JsonNode)View(c))]);
    }

    private static JsonObject View(Comment c) => new()
    {
        ["id"] = c.Id.ToString(),
        ["target_type"] = c.TargetType,
        ["target_id"] = c.TargetId.ToString(),
        ["author_id"] = c.AuthorId.ToString(),
        ["body"] = c.Body,
        ["created_at"] = c.CreatedAt,
    };
}
