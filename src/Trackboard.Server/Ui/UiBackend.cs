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
