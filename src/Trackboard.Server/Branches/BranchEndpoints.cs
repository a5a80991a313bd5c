using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Branches;

/// <summary>A branch is a plan of its own, copied from main at a revision; that copy is kept as the merge base.</summary>
internal static class BranchEndpoints
{
    public static IEndpointRouteBuilder MapBranches(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/plans/{id:guid}").WithTags("Branches");
        group.MapPost("/branch", Create).RequireAuthorization(Policies.Editor);
        group.MapGet("/branches", List).RequireAuthorization(Policies.Viewer);
        return routes;
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Create(
        Guid id, BranchRequest request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), id, request, db, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> CreateAsync(
        Caller caller, Guid id, BranchRequest request, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var main = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (main is null)
        {
            return Problems.NotFound("Plan");
        }
        if (main.ParentPlanId is not null)
        {
            return Problems.Create(409, ErrorCodes.NotMain, "Branch from the main plan, not from a branch.");
        }
        if (request.BranchName is not { Length: > 0 } name || string.IsNullOrWhiteSpace(name))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "branch_name is required.", "$.branch_name");
        }
        if (name.Length > 100)
        {
            return Problems.BadRequest(ErrorCodes.NameTooLong, "branch_name is longer than 100 characters.", "$.branch_name");
        }
        if (request.DraftRevision is { } revision && revision != main.DraftRevision)
        {
            return Problems.Stale(main.DraftRevision);
        }
        var baseDocument = (await DraftState.LoadAsync(db, main, ct)).Build([]);
        var (branch, branchState) = await AddBranchAsync(db, main, name.Trim(), baseDocument, baseDocument, time.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/plans/{branch.Id}", PlanViews.Plan(branch, branchState.Events.Count, null));
    }

    /// <summary>Adds (unsaved) a branch of <paramref name="main"/> whose merge base is <paramref name="baseDocument"/> and whose draft is <paramref name="content"/>.</summary>
    internal static async Task<(Plan Branch, DraftState State)> AddBranchAsync(
        TrackboardDbContext db, Plan main, string name, JsonObject baseDocument, JsonObject content, DateTime now, CancellationToken ct)
    {
        var branch = new Plan
        {
            Id = Guid.NewGuid(), OrgId = main.OrgId, Name = main.Name, Description = main.Description, DraftRevision = 1,
            ParentPlanId = main.Id, BranchName = name, BaseRevision = main.DraftRevision,
            BaseDocument = baseDocument.ToJsonString(), CreatedAt = now, UpdatedAt = now,
        };
        db.Plans.Add(branch);
        var branchState = await DraftState.LoadAsync(db, branch, ct);
        DraftRows.Replace(db, branchState, content, now);
        return (branch, branchState);
    }

    private static Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        var main = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (main is null)
        {
            return Problems.NotFound("Plan");
        }
        var branches = await db.Plans.AsNoTracking().Where(p => p.OrgId == caller.OrgId && p.ParentPlanId == id)
            .OrderBy(p => p.CreatedAt).Select(p => new { Plan = p, Events = db.Events.Count(e => e.PlanId == p.Id) }).ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. branches.Select(b => (JsonNode)PlanViews.Plan(b.Plan, b.Events, null))]));
    }

    internal static JsonObject BaseOf(Plan branch) =>
        JsonSerializer.Deserialize<JsonObject>(branch.BaseDocument ?? "{}")!;
}
