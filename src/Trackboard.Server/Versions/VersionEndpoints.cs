using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Versions;

internal static class VersionEndpoints
{
    private const int MaxAttempts = 50;

    public static IEndpointRouteBuilder MapVersions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Versions");
        group.MapPost("/plans/{id:guid}/publish", Publish).RequireAuthorization(Policies.Editor);
        group.MapGet("/plans/{id:guid}/versions", List).RequireAuthorization(Policies.Viewer);
        group.MapGet("/versions/{a:guid}/diff/{b:guid}", Diff).RequireAuthorization(Policies.Viewer);
        group.MapPost("/versions/{id:guid}/restore", Restore).RequireAuthorization(Policies.Editor);
        return routes;
    }

    private static Task<Results<Created<JsonObject>, ProblemHttpResult>> Publish(
        Guid id, PublishRequest request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        PublishAsync(Caller.From(http.User), id, request, db, time, ct);

    internal static async Task<Results<Created<JsonObject>, ProblemHttpResult>> PublishAsync(
        Caller caller, Guid id, PublishRequest request, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        if (plan.ParentPlanId is not null)
        {
            return Problems.Create(409, ErrorCodes.NotMain, "Publish from the main plan: merge the branch first.");
        }
        if (request.DraftRevision is not { } revision)
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "draft_revision is required: the revision you reviewed.", "$.draft_revision");
        }
        if (request.Summary?.Length > 2000)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "summary is longer than 2000 characters.", "$.summary");
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var check = (await DraftState.LoadAsync(db, plan, ct)).Check(null);
        if (!check.Success)
        {
            return DraftCommit.Invalid(check);
        }
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // Touching the plan row at the reviewed revision both proves the draft did not move and, on PostgreSQL,
            // holds a row lock that queues concurrent publishes of this plan; the unique index backs it up.
            var touched = await db.Plans.Where(p => p.Id == id && p.DraftRevision == revision)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, now), ct);
            if (touched != 1)
            {
                await transaction.RollbackAsync(ct);
                return Problems.Stale(await DraftCommit.CurrentAsync(db, id, ct));
            }
            db.AuditBulkWrite(caller.OrgId, "update", "plans", id.ToString(), null,
                new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["UpdatedAt"] = now });
            var latest = await db.Versions.AsNoTracking().Where(v => v.PlanId == id)
                .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.Contract }).FirstOrDefaultAsync(ct);
            var diff = latest is null ? null : ContractDiff.Compare(ContractLoader.Load(latest.Contract).Contract!, check.Contract!);
            if (diff is { Breaking: true } && request.AllowBreaking != true)
            {
                await transaction.RollbackAsync(ct);
                return Problems.Create(409, ErrorCodes.BreakingChange,
                    $"The draft has {diff.Summary.BreakingCount} breaking change(s) against version {latest!.Number}; publish with allow_breaking to accept them.",
                    new Dictionary<string, object?> { ["compatibility_report"] = JsonNode.Parse(DiffReport.ToJson(diff)) });
            }
            var number = (latest?.Number ?? 0) + 1;
            var versionId = Guid.NewGuid();
            var contract = check.Contract! with
            {
                PlanId = id.ToString(),
                VersionId = versionId.ToString(),
                VersionNumber = number,
                Name = plan.Name,
                Description = plan.Description,
                PublishedAt = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Hash = null,
            };
            var version = new PlanVersion
            {
                Id = versionId,
                OrgId = caller.OrgId,
                PlanId = id,
                Number = number,
                Hash = ContractHasher.Hash(contract),
                SchemaHash = ContractHasher.SchemaHash(contract),
                Contract = CanonicalJson.Export(contract),
                Summary = request.Summary,
                Breaking = diff?.Breaking ?? false,
                ReportJson = diff is null ? "{\"first_version\":true}" : DiffReport.ToJson(diff),
                PublishedFromRevision = revision,
                PublishedBy = caller.UserId,
                PublishedAt = now,
            };
            db.Versions.Add(version);
            try
            {
                await WebhookEvents.EnqueueAsync(db, caller.OrgId, WebhookEvents.VersionPublished, new JsonObject
                {
                    ["plan_id"] = id.ToString(), ["version_id"] = versionId.ToString(), ["version_number"] = number,
                    ["hash"] = version.Hash, ["breaking"] = version.Breaking, ["summary"] = version.Summary,
                }, now, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return TypedResults.Created($"/api/v1/versions/{versionId}", VersionViews.Version(version));
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
            {
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
                {
                    entry.State = EntityState.Detached;
                }
                await transaction.RollbackAsync(ct);
            }
        }
        return Problems.Create(409, ErrorCodes.Conflict, "Too many concurrent publishes of this plan; try again.");
    }

    private static Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(Guid id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), id, db, ct);

    internal static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListAsync(Caller caller, Guid id, TrackboardDbContext db, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        var versions = await db.Versions.AsNoTracking().Where(v => v.PlanId == id).OrderByDescending(v => v.Number).ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. versions.Select(v => (JsonNode)VersionViews.Version(v))]));
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Diff(Guid a, Guid b, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        DiffAsync(Caller.From(http.User), a, b, db, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> DiffAsync(Caller caller, Guid a, Guid b, TrackboardDbContext db, CancellationToken ct)
    {
        var versions = await db.Versions.AsNoTracking().Where(v => (v.Id == a || v.Id == b) && v.OrgId == caller.OrgId).ToListAsync(ct);
        var before = versions.FirstOrDefault(v => v.Id == a);
        var after = versions.FirstOrDefault(v => v.Id == b);
        if (before is null || after is null)
        {
            return Problems.NotFound("Version");
        }
        var result = ContractDiff.Compare(Load(before), Load(after));
        var node = JsonNode.Parse(DiffReport.ToJson(result))!.AsObject();
        node.Insert(0, "version_a", before.Number);
        node.Insert(1, "version_b", after.Number);
        return TypedResults.Ok(node);
    }

    private static Task<Results<Ok<JsonObject>, ProblemHttpResult>> Restore(
        Guid id, RevisionRequest request, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        RestoreAsync(Caller.From(http.User), id, request, db, time, ct);

    internal static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> RestoreAsync(
        Caller caller, Guid id, RevisionRequest request, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id && v.OrgId == caller.OrgId, ct);
        var plan = version is null ? null : await PlanAccess.FindPlanAsync(db, caller, version.PlanId, ct);
        if (version is null || plan is null)
        {
            return Problems.NotFound("Version");
        }
        if (request.DraftRevision is not { } revision)
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "draft_revision is required.", "$.draft_revision");
        }
        if (DraftCommit.Precheck(plan, revision) is { } precheck)
        {
            return precheck;
        }
        var state = await DraftState.LoadAsync(db, plan, ct);
        DraftRows.Replace(db, state, JsonNode.Parse(version.Contract)!.AsObject(), time.GetUtcNow().UtcDateTime);
        var (newRevision, problem) = await DraftCommit.CommitAsync(db, state, revision, null, time, ct);
        if (problem is not null)
        {
            return problem;
        }
        return TypedResults.Ok(new JsonObject
        {
            ["plan_id"] = plan.Id.ToString(),
            ["draft_revision"] = newRevision,
            ["restored_from_version_id"] = version.Id.ToString(),
            ["restored_from_version_number"] = version.Number,
        });
    }

    internal static Contract Load(PlanVersion version) => ContractLoader.Load(version.Contract).Contract!;
}
