using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

/// <summary>
/// Saves a checked draft change. The revision moves from the one the client read to the next in the same
/// transaction as the rows, with a conditional update: of two writers on one revision exactly one wins.
/// </summary>
internal static class DraftCommit
{
    public static async Task<(long Revision, ProblemHttpResult? Problem)> CommitAsync(
        TrackboardDbContext db, DraftState state, long expected, Guid? focus, TimeProvider time, CancellationToken ct)
    {
        var check = state.Check(focus);
        if (!check.Success)
        {
            return (0, Invalid(check));
        }
        return await SaveAsync(db, state.Plan, expected, time, ct);
    }

    public static async Task<(long Revision, ProblemHttpResult? Problem)> SaveAsync(
        TrackboardDbContext db, Plan plan, long expected, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var moved = await db.Plans.Where(p => p.Id == plan.Id && p.DraftRevision == expected)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DraftRevision, expected + 1).SetProperty(p => p.UpdatedAt, now), ct);
        if (moved != 1)
        {
            await transaction.RollbackAsync(ct);
            return (0, Problems.Stale(await CurrentAsync(db, plan.Id, ct)));
        }
        db.AuditBulkWrite(plan.OrgId, "update", "plans", plan.Id.ToString(),
            new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["DraftRevision"] = expected },
            new SortedDictionary<string, object?>(StringComparer.Ordinal) { ["DraftRevision"] = expected + 1, ["UpdatedAt"] = now });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        var entry = db.Entry(plan).Property(p => p.DraftRevision);
        entry.CurrentValue = expected + 1;
        entry.OriginalValue = expected + 1;
        return (expected + 1, null);
    }

    /// <summary>Checks the revision and that the plan takes writes, before any work is done.</summary>
    public static ProblemHttpResult? Precheck(Plan plan, long expected) =>
        plan.ArchivedAt is not null
            ? Problems.Create(409, ErrorCodes.PlanArchived, "The plan is archived; unarchive it to change it.")
            : plan.DraftRevision != expected ? Problems.Stale(plan.DraftRevision) : null;

    public static Task<long> CurrentAsync(TrackboardDbContext db, Guid planId, CancellationToken ct) =>
        db.Plans.Where(p => p.Id == planId).Select(p => p.DraftRevision).FirstAsync(ct);

    public static ProblemHttpResult Invalid(DraftCheck check) =>
        Problems.Create(422, ErrorCodes.InvalidContract,
            "The change makes the plan an invalid contract; see errors (codes from Trackboard.Contracts, paths relative to the request body).",
            new Dictionary<string, object?>
            {
                ["errors"] = check.Diagnostics.Where(d => d.Severity == "error").ToList(),
                ["warnings"] = check.Diagnostics.Where(d => d.Severity == "warning").ToList(),
            });
}
