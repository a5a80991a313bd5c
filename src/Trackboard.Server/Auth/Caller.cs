using System.Security.Claims;
using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

/// <summary>Who is calling: the user, the organization every query is scoped to, the role there and the token scope.</summary>
internal sealed record Caller(Guid UserId, Guid OrgId, OrgRole Role, bool CanWriteScope, Guid? SessionId)
{
    public const string UserClaim = "sub";
    public const string OrgClaim = "org";
    public const string RoleClaim = "tb_role";
    public const string ScopeClaim = "scope";
    public const string SessionClaim = "sid";

    public bool IsAtLeast(OrgRole role) => Role >= role && (role == OrgRole.Viewer || CanWriteScope);

    /// <summary>Reads the caller from an authenticated principal; the authorization policies guarantee the claims exist.</summary>
    public static Caller From(ClaimsPrincipal principal)
    {
        var user = Guid.Parse(principal.FindFirstValue(UserClaim)!);
        var org = Guid.Parse(principal.FindFirstValue(OrgClaim)!);
        var role = Enum.Parse<OrgRole>(principal.FindFirstValue(RoleClaim)!);
        var scope = principal.FindFirstValue(ScopeClaim) != Scopes.Read;
        var session = principal.FindFirstValue(SessionClaim) is { } sid ? Guid.Parse(sid) : (Guid?)null;
        return new Caller(user, org, role, scope, session);
    }
}
