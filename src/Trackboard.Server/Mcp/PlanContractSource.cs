using Microsoft.EntityFrameworkCore;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Mcp;
using Trackboard.Server.Data;

namespace Trackboard.Server.Mcp;

/// <summary>
/// The published versions of one plan of the caller's organization, read from the database for the <c>/mcp</c> tools.
/// Drafts are never read. A plan id of another organization, or one that does not parse, is simply not found.
/// Without a plan id the organization's only plan is used; with several, the tools answer <c>plan_required</c>.
/// </summary>
internal sealed class PlanContractSource(IServiceScopeFactory scopes, Guid orgId, string? plan) : IContractSource
{
    private const int MaxPlansListed = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Contract> _loaded = [];

    public async Task<Contract> GetCurrentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var planId = await ResolvePlanAsync(db, cancellationToken);
        var latest = await db.Versions.AsNoTracking().Where(v => v.PlanId == planId && v.OrgId == orgId)
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new McpToolException("no_published_version",
                $"Plan {planId} has no published version yet. The MCP tools serve published versions only: publish one first.");
        return await LoadAsync(db, latest, cancellationToken);
    }

    public async Task<IReadOnlyList<ContractVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var planId = await ResolvePlanAsync(db, cancellationToken);
        var rows = await db.Versions.AsNoTracking().Where(v => v.PlanId == planId && v.OrgId == orgId)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Id, v.PublishedAt, v.Hash, v.Breaking, v.Summary })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(v => new ContractVersionInfo(v.Number, v.Id.ToString(), Timestamp(v.PublishedAt), v.Hash, null)
        {
            Breaking = v.Breaking,
            Summary = v.Summary,
        })];
    }

    public async Task<Contract?> GetVersionAsync(long versionNumber, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var planId = await ResolvePlanAsync(db, cancellationToken);
        var id = await db.Versions.AsNoTracking().Where(v => v.PlanId == planId && v.OrgId == orgId && v.Number == versionNumber)
            .Select(v => (Guid?)v.Id).FirstOrDefaultAsync(cancellationToken);
        return id is { } versionId ? await LoadAsync(db, versionId, cancellationToken) : null;
    }

    private async Task<Guid> ResolvePlanAsync(TrackboardDbContext db, CancellationToken cancellationToken)
    {
        if (plan is not null)
        {
            if (Guid.TryParse(plan, out var id) && await db.Plans.AnyAsync(p => p.Id == id && p.OrgId == orgId, cancellationToken))
            {
                return id;
            }

            throw new McpToolException("plan_not_found",
                $"Plan '{Shorten(plan)}' was not found in the token's organization. Check the plan query parameter of the /mcp URL.");
        }

        var plans = await db.Plans.AsNoTracking().Where(p => p.OrgId == orgId && p.ParentPlanId == null && p.ArchivedAt == null)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).Take(MaxPlansListed + 1).ToListAsync(cancellationToken);
        return plans switch
        {
            [var only] => only.Id,
            [] => throw new McpToolException("plan_required", "The token's organization has no plan yet; create and publish one first."),
            _ => throw new McpToolException("plan_required",
                "The token's organization has several plans; connect to /mcp?plan=ID with one of: "
                + string.Join(", ", plans.Take(MaxPlansListed).Select(p => $"{p.Id} ({p.Name})"))
                + (plans.Count > MaxPlansListed ? ", …" : "") + "."),
        };
    }

    private async Task<Contract> LoadAsync(TrackboardDbContext db, Guid versionId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_loaded.TryGetValue(versionId, out var known))
            {
                return known;
            }
        }

        var bytes = await db.Versions.AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Contract).SingleAsync(cancellationToken);
        var contract = ContractLoader.Load(bytes).Contract
            ?? throw new McpToolException("contract_invalid", $"Published version {versionId} does not load; report it to the Server's administrator.");
        lock (_lock)
        {
            _loaded[versionId] = contract;
        }

        return contract;
    }

    private static string Timestamp(DateTime at) =>
        DateTime.SpecifyKind(at, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
