using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>Every lookup by id is scoped to the caller's organization, so another organization's id is simply not found.</summary>
internal static class PlanAccess
{
    public static Task<Plan?> FindPlanAsync(TrackboardDbContext db, Caller caller, Guid id, CancellationToken ct) =>
        db.Plans.FirstOrDefaultAsync(p => p.Id == id && p.OrgId == caller.OrgId, ct);

    public static async Task<(Plan? Plan, PlanEvent? Event)> FindEventAsync(TrackboardDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var ev = await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id && e.OrgId == caller.OrgId, ct);
        return ev is null ? (null, null) : (await FindPlanAsync(db, caller, ev.PlanId, ct), ev);
    }

    public static async Task<(Plan? Plan, PlanProperty? Property)> FindPropertyAsync(TrackboardDbContext db, Caller caller, Guid id, CancellationToken ct)
    {
        var property = await db.Properties.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id && p.OrgId == caller.OrgId, ct);
        return property is null ? (null, null) : (await FindPlanAsync(db, caller, property.PlanId, ct), property);
    }

    public static Task<long?> CurrentVersionAsync(TrackboardDbContext db, Guid planId, CancellationToken ct) =>
        db.Versions.Where(v => v.PlanId == planId).MaxAsync(v => (long?)v.Number, ct);
}
