using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

internal static class PropertyEndpoints
{
    public static IEndpointRouteBuilder MapProperties(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Properties");
        group.MapPost("/events/{id:guid}/properties", Create).RequireAuthorization(Policies.Editor);
        group.MapPatch("/properties/{id:guid}", Update).RequireAuthorization(Policies.Editor);
        group.MapDelete("/properties/{id:guid}", Delete).RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        Guid id, JsonObject body, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), id, body, db, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> CreateAsync(
        Caller caller, Guid id, JsonObject body, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, ev) = await PlanAccess.FindEventAsync(db, caller, id, ct);
        if (plan is null || ev is null)
        {
            return Problems.NotFound("Event");
        }
        return await AddAsync(db, caller, plan, ev.Id, body, time, ct);
    }

    /// <summary>Adds an event property (<paramref name="eventId"/> set) or a global property.</summary>
    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> AddAsync(
        TrackboardDbContext db, Caller caller, Plan plan, Guid? eventId, JsonObject body, TimeProvider time, CancellationToken ct)
    {
        if ((Fragments.TakeRevision(body, out var revision) ?? Fragments.CheckProperty(body)) is { } error)
        {
            return error.ToProblem();
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var property = new PlanProperty
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, PlanId = plan.Id, EventId = eventId, Name = "", Json = "{}",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        PlanViews.Apply(property, (JsonObject)body.DeepClone());
        state.Properties.Add(property);
        db.Properties.Add(property);
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, property.Id, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Created($"/api/v1/properties/{property.Id}", PlanViews.Property(property, newRevision));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Update(
        Guid id, JsonObject body, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        UpdateAsync(Caller.From(http.User), id, body, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> UpdateAsync(
        Caller caller, Guid id, JsonObject body, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, found) = await PlanAccess.FindPropertyAsync(db, caller, id, ct);
        if (plan is null || found is null)
        {
            return Problems.NotFound("Property");
        }
        if ((Fragments.TakeRevision(body, out var revision) ?? Fragments.CheckProperty(body)) is { } error)
        {
            return error.ToProblem();
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var property = state.Properties.First(p => p.Id == id);
        var oldName = property.Name;
        var fragment = JsonNode.Parse(property.Json)!.AsObject();
        Fragments.MergePatch(fragment, body);
        PlanViews.Apply(property, fragment);
        if (property.EventId is null && oldName != property.Name)
        {
            // Links point at the row, so renaming a global keeps every event that links it.
            foreach (var link in state.Links.Where(l => l.PropertyId == id))
            {
                state.LinkOverrides.Remove(link.EventId);
            }
        }
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, id, time, ct);
        return problem is null ? TypedResults.Ok(PlanViews.Property(property, newRevision)) : problem;
    }

    private static Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> Delete(
        Guid id, long? draft_revision, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        DeleteAsync(Caller.From(http.User), id, draft_revision, db, time, ct);

    internal static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> DeleteAsync(
        Caller caller, Guid id, long? draft_revision, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, found) = await PlanAccess.FindPropertyAsync(db, caller, id, ct);
        if (plan is null || found is null)
        {
            return Problems.NotFound("Property");
        }
        if (draft_revision is not { } revision)
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "draft_revision is required in the query.", "draft_revision");
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var property = state.Properties.First(p => p.Id == id);
        state.Properties.Remove(property);
        db.Properties.Remove(property);
        foreach (var link in state.Links.Where(l => l.PropertyId == id).ToList())
        {
            state.Links.Remove(link);
            db.EventGlobalLinks.Remove(link);
        }
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, null, time, ct);
        return problem is null ? TypedResults.Ok(new RevisionResponse(newRevision)) : problem;
    }
}
