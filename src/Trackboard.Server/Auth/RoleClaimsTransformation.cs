using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

/// <summary>Adds the caller's current role in the token's organization, read per request (through <see cref="CredentialCache"/>) so a demotion applies at once.</summary>
internal sealed class RoleClaimsTransformation(TrackboardDbContext db, CredentialCache credentials) : IClaimsTransformation
{
    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirst(Caller.RoleClaim) is not null
            || !Guid.TryParse(principal.FindFirstValue(Caller.UserClaim), out var user)
            || !Guid.TryParse(principal.FindFirstValue(Caller.OrgClaim), out var org))
        {
            return principal;
        }
        var role = await credentials.RoleAsync(org, user, db, CancellationToken.None);
        if (role is null)
        {
            return principal;
        }
        var clone = principal.Clone();
        ((ClaimsIdentity)clone.Identity!).AddClaim(new Claim(Caller.RoleClaim, role.Value.ToString()));
        return clone;
    }
}
