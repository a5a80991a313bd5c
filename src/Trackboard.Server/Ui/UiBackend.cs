using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Ui;

/// <summary>
/// How a component calls the Server's logic: a fresh DI scope (so a fresh DbContext) per action, the signed-in
/// user as the audit actor, and the caller's role read again each time, as the API's claims transformation does.
/// </summary>
internal sealed class UiBackend(IServiceScopeFactory scopes, AuthenticationStateProvider authentication)
{
    /// <summary>Runs <paramref name="action"/> when the caller has at least <paramref name="minimum"/>; otherwise a 403 problem.</summary>
    public async Task<UiOutcome> CallAsync(OrgRole minimum, Func<Caller, IServiceProvider, Task<IResult>> action, CancellationToken ct = default)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<AuditActor>().CircuitUser = user;
        var db = services.GetRequiredService<TrackboardDbContext>();
        if (!Guid.TryParse(user.FindFirst(Caller.UserClaim)?.Value, out var userId) || !Guid.TryParse(user.FindFirst(Caller.OrgClaim)?.Value, out var orgId))
        {
            return UiOutcome.From(Problems.Create(401, ErrorCodes.Unauthorized, "Sign in again."));
        }
        var role = await db.Memberships.Where(m => m.OrgId == orgId && m.UserId == userId).Select(m => (OrgRole?)m.Role).FirstOrDefaultAsync(ct);
        var caller = new Caller(userId, orgId, role ?? OrgRole.Viewer, true, null);
        if (role is null || !caller.IsAtLeast(minimum))
        {
            return UiOutcome.From(Problems.Forbidden($"This needs the {Roles.Name(minimum)} role or higher."));
        }
        return UiOutcome.From(await action(caller, services));
    }
}
