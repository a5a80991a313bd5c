using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Ui;

/// <summary>
/// How a component calls the Server's logic: a fresh DI scope (so a fresh DbContext) per action, the signed-in
/// user as the audit actor, and the caller's role read again each time, as the API's claims transformation does,
/// checked against the same minimum role the endpoint's policy requires.
/// </summary>
internal sealed class UiBackend(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    /// <summary>Calls an endpoint handler and reads its answer back.</summary>
    public Task<UiOutcome> CallAsync(OrgRole minimum, Func<UiCall, Task<IResult>> action, CancellationToken ct = default) =>
        RunAsync(minimum, async call => UiOutcome.From(await action(call)), UiOutcome.From, ct);

    /// <summary>Reads something that is not an endpoint's answer; null when the caller may not.</summary>
    public Task<T?> QueryAsync<T>(OrgRole minimum, Func<UiCall, Task<T?>> action, CancellationToken ct = default) =>
        RunAsync(minimum, action, _ => default, ct);

    /// <summary>Who is signed in, in which organization and with which role, read fresh; null when signed out or no longer a member.</summary>
    public Task<UiMember?> MemberAsync(CancellationToken ct = default) => QueryAsync(OrgRole.Viewer, async c =>
    {
        var user = await c.Db.Users.AsNoTracking().FirstAsync(u => u.Id == c.Caller.UserId, ct);
        var orgs = await (from m in c.Db.Memberships
                          join o in c.Db.Organizations on m.OrgId equals o.Id
                          where m.UserId == c.Caller.UserId
                          orderby o.Name, o.Id
                          select new { o.Id, o.Name, m.Role }).ToListAsync(ct);
        return (UiMember?)new UiMember(user.Id, user.Email, user.Name, c.Caller.OrgId, orgs.First(o => o.Id == c.Caller.OrgId).Name, c.Caller.Role,
            [.. orgs.Select(o => new OrgSummary(o.Id, o.Name, Roles.Name(o.Role)))]);
    }, ct);

    private async Task<T> RunAsync<T>(OrgRole minimum, Func<UiCall, Task<T>> action, Func<ProblemHttpResult, T> denied, CancellationToken ct)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<AuditActor>().CircuitUser = user;
        var db = services.GetRequiredService<TrackboardDbContext>();
        if (!Guid.TryParse(user.FindFirst(Caller.UserClaim)?.Value, out var userId) || !Guid.TryParse(user.FindFirst(Caller.OrgClaim)?.Value, out var orgId))
        {
            return denied(Problems.Create(401, ErrorCodes.Unauthorized, "Sign in again."));
        }
        var role = await db.Memberships.Where(m => m.OrgId == orgId && m.UserId == userId).Select(m => (OrgRole?)m.Role).FirstOrDefaultAsync(ct);
        var caller = new Caller(userId, orgId, role ?? OrgRole.Viewer, true, null);
        if (role is null || !caller.IsAtLeast(minimum))
        {
            return denied(Problems.Forbidden($"This needs the {Roles.Name(minimum)} role or higher."));
        }
        return await action(new UiCall(caller, db, services.GetRequiredService<TimeProvider>(), services));
    }
}
