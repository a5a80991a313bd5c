using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

internal static class EventEndpoints
{
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Events");
        group.MapGet("/plans/{id:guid}/events", List).RequireAuthorization(Policies.Viewer);
        group.MapPost("/plans/{id:guid}/events", Create).RequireAuthorization(Policies.Editor);
        group.MapGet("/events/{id:guid}", Get).RequireAuthorization(Policies.Viewer);
        group.MapPatch("/events/{id:guid}", Update).RequireAuthorization(Policies.Editor);
        group.MapDelete("/events/{id:guid}", Delete).RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(Guid id, string? q, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, Caller.From(http.User), id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var events = state.Events.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            events = events.Where(e => e.Name.Contains(term, StringComparison.OrdinalIgnoreCase)
                || (e.Description?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false));
        }
        return TypedResults.Ok(new JsonArray([.. events.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => (JsonNode)PlanViews.Event(state, e, null))]));
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> Get(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var (plan, ev) = await PlanAccess.FindEventAsync(db, Caller.From(http.User), id, ct);
        if (plan is null || ev is null)
        {
            return Problems.NotFound("Event");
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        return TypedResults.Ok(PlanViews.Event(state, state.Events.First(e => e.Id == id), plan.DraftRevision));
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
        if ((Fragments.TakeRevision(body, out var revision) ?? Fragments.CheckEvent(body)) is { } error)
        {
            return error.ToProblem();
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var now = time.GetUtcNow().UtcDateTime;
        var ev = new PlanEvent { Id = Guid.NewGuid(), OrgId = caller.OrgId, PlanId = plan.Id, Name = "", Status = "", Json = "{}", CreatedAt = now, UpdatedAt = now };
        var properties = body["properties"];
        var links = body["global_properties"];
        if (properties is not (null or JsonArray))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "properties must be an array of property objects.", "$.properties");
        }
        if (ReadLinks(links, out var names) is { } linkError)
        {
            return linkError.ToProblem();
        }
        PlanViews.Apply(ev, (JsonObject)body.DeepClone());
        state.Events.Add(ev);
        db.Events.Add(ev);
        var index = 0;
        foreach (var item in (JsonArray?)properties ?? [])
        {
            if (item is not JsonObject propertyBody)
            {
                return Problems.BadRequest(ErrorCodes.InvalidField, "Each property must be an object.", $"$.properties[{index}]");
            }
            var property = new PlanProperty { Id = Guid.NewGuid(), OrgId = caller.OrgId, PlanId = plan.Id, EventId = ev.Id, Name = "", Json = "{}", CreatedAt = now };
            PlanViews.Apply(property, (JsonObject)propertyBody.DeepClone());
            state.OrderHints[property.Id] = index++;
            state.Properties.Add(property);
            db.Properties.Add(property);
        }
        if (names is not null)
        {
            ReplaceLinks(db, state, ev.Id, names);
        }
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, ev.Id, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Created($"/api/v1/events/{ev.Id}", PlanViews.Event(state, ev, newRevision));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Update(
        Guid id, JsonObject body, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        UpdateAsync(Caller.From(http.User), id, body, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> UpdateAsync(
        Caller caller, Guid id, JsonObject body, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, found) = await PlanAccess.FindEventAsync(db, caller, id, ct);
        if (plan is null || found is null)
        {
            return Problems.NotFound("Event");
        }
        if ((Fragments.TakeRevision(body, out var revision) ?? Fragments.CheckEvent(body)) is { } error)
        {
            return error.ToProblem();
        }
        if (body.ContainsKey("properties"))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "Change properties with POST /events/{id}/properties and PATCH /properties/{id}.", "$.properties");
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        if (ReadLinks(body["global_properties"], out var names) is { } linkError)
        {
            return linkError.ToProblem();
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        var ev = state.Events.First(e => e.Id == id);
        var fragment = JsonNode.Parse(ev.Json)!.AsObject();
        var patch = (JsonObject)body.DeepClone();
        patch.Remove("global_properties");
        Fragments.MergePatch(fragment, patch);
        PlanViews.Apply(ev, fragment);
        ev.UpdatedAt = time.GetUtcNow().UtcDateTime;
        if (names is not null)
        {
            ReplaceLinks(db, state, ev.Id, names);
        }
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, ev.Id, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(PlanViews.Event(state, ev, newRevision));
    }

    private static Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> Delete(
        Guid id, long? draft_revision, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        DeleteAsync(Caller.From(http.User), id, draft_revision, db, time, ct);

    internal static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> DeleteAsync(
        Caller caller, Guid id, long? draft_revision, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (plan, found) = await PlanAccess.FindEventAsync(db, caller, id, ct);
        if (plan is null || found is null)
        {
            return Problems.NotFound("Event");
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
        var ev = state.Events.First(e => e.Id == id);
        state.Events.Remove(ev);
        db.Events.Remove(ev);
        foreach (var property in state.Properties.Where(p => p.EventId == id).ToList())
        {
            state.Properties.Remove(property);
            db.Properties.Remove(property);
        }
        foreach (var link in state.Links.Where(l => l.EventId == id).ToList())
        {
            state.Links.Remove(link);
            db.EventGlobalLinks.Remove(link);
        }
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, null, time, ct);
        return problem is null ? TypedResults.Ok(new RevisionResponse(newRevision)) : problem;
    }

    /// <summary>Replaces an event's links; the names as sent are what the contract check sees, so unknown ones are reported.</summary>
    internal static void ReplaceLinks(TrackboardDbContext db, DraftState state, Guid eventId, IReadOnlyList<string> names)
    {
        var wanted = state.Globals.Where(g => names.Contains(g.Name, StringComparer.Ordinal)).Select(g => g.Id).ToHashSet();
        foreach (var link in state.Links.Where(l => l.EventId == eventId && !wanted.Contains(l.PropertyId)).ToList())
        {
            state.Links.Remove(link);
            db.EventGlobalLinks.Remove(link);
        }
        foreach (var propertyId in wanted.Where(w => !state.Links.Any(l => l.EventId == eventId && l.PropertyId == w)))
        {
            var link = new EventGlobalLink { EventId = eventId, PropertyId = propertyId, PlanId = state.Plan.Id };
            state.Links.Add(link);
            db.EventGlobalLinks.Add(link);
        }
        state.LinkOverrides[eventId] = names;
    }

    private static FieldError? ReadLinks(JsonNode? node, out List<string>? names)
    {
        names = null;
        if (node is null)
        {
            return null;
        }
        if (node is not JsonArray array || array.Any(n => n is not JsonValue v || !v.TryGetValue(out string? _)))
        {
            return new FieldError(ErrorCodes.InvalidField, "$.global_properties", "global_properties must be an array of global property names.");
        }
        names = [.. array.Select(n => n!.GetValue<string>())];
        return null;
    }
}
