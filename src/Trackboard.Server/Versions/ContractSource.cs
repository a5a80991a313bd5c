using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Versions;

/// <summary>Picks the contract a read refers to: version N, the draft, or the latest published version.</summary>
internal static class ContractSource
{
    public static async Task<(Contract? Contract, byte[] Bytes, ProblemHttpResult? Problem)> ResolveAsync(
        TrackboardDbContext db, Caller caller, Guid planId, long? version, bool draft, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, planId, ct);
        if (plan is null)
        {
            return (null, [], Problems.NotFound("Plan"));
        }
        if (draft)
        {
            var check = (await DraftState.LoadAsync(db, plan, ct)).Check(null);
            if (!check.Success)
            {
                return (null, [], DraftCommit.Invalid(check));
            }
            var contract = check.Contract! with { Name = plan.Name, Description = plan.Description };
            return (contract, CanonicalJson.Export(contract), null);
        }
        var query = db.Versions.AsNoTracking().Where(v => v.PlanId == planId);
        var row = version is { } number
            ? await query.FirstOrDefaultAsync(v => v.Number == number, ct)
            : await query.OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return (null, [], version is null
                ? Problems.Create(404, ErrorCodes.NoPublishedVersion, "The plan has no published version yet; publish one or ask for ?draft=true.")
                : Problems.NotFound("Version"));
        }
        return (ContractLoader.Load(row.Contract).Contract, row.Contract, null);
    }
}
