using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

internal static class GlobalPropertyEndpoints
{
    public static IEndpointRouteBuilder MapGlobalProperties(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Global properties");
        group.MapGet("/plans/{id:guid}/global-properties", List).RequireAuthorization(Policies.Viewer);
        group.MapPost("/plans/{id:guid}/global-properties", Create).RequireAuthorization(Policies.Editor);
        group.MapPost("/events/{id:guid}/global-properties/{gp_id:guid}", Link).RequireAuthorization(Policies.Editor);
        group.MapDelete("/events/{id:guid}/global-properties/{gp_id:guid}", Unlink).RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        return TypedResults.Ok(new JsonArray([.. state.Globals.Select(p => (JsonNode)PlanViews.Property(p, null))]));
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        Guid id, JsonObject body, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), id, body, db, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> CreateAsync(
        Caller caller, Guid id, JsonObject body, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        return await PropertyEndpoints.AddAsync(db, caller, plan, null, body, time, ct);
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Link(
        Guid id, Guid gp_id, RevisionRequest? request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        await ChangeLink(id, gp_id, request?.DraftRevision, true, http, db, time, ct);

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Unlink(
        Guid id, Guid gp_id, long? draft_revision, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        await ChangeLink(id, gp_id, draft_revision, false, http, db, time, ct);

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ChangeLink(
        Guid id, Guid globalId, long? draftRevision, bool link, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var (plan, found) = await PlanAccess.FindEventAsync(db, caller, id, ct);
        if (plan is null || found is null)
        {
            return Problems.NotFound("Event");
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var global = state.Globals.FirstOrDefault(g => g.Id == globalId);
        if (global is null)
        {
            return Problems.NotFound("Global property");
        }
        if (draftRevision is not { } revision)
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "draft_revision is required.", "$.draft_revision");
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var names = state.LinkNamesOf(id).Where(n => n != global.Name).ToList();
        if (link)
        {
            names.Add(global.Name);
        }
        EventEndpoints.ReplaceLinks(db, state, id, names);
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, id, time, ct);
        return problem is null ? TypedResults.Ok(PlanViews.Event(state, state.Events.First(e => e.Id == id), newRevision)) : problem;
    }
}
