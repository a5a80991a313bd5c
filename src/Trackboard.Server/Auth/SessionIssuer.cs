using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Auth;

/// <summary>Creates a session row with fresh access and refresh tokens and, when asked, the cookie that refers to it.</summary>
internal sealed class SessionIssuer(TrackboardDbContext db, TokenHasher hasher, TimeProvider time, IOptions<AuthOptions> options)
{
    public async Task<TokenResponse> IssueAsync(HttpContext http, Guid userId, Guid orgId, bool cookie, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (access, accessHash) = hasher.Create(TokenHasher.AccessPrefix);
        var (refresh, refreshHash) = hasher.Create(TokenHasher.RefreshPrefix);
        var session = new Session
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            OrgId = orgId,
            AccessHash = accessHash,
            AccessExpiresAt = now.AddMinutes(options.Value.AccessTokenMinutes),
            RefreshHash = refreshHash,
            RefreshExpiresAt = now.AddDays(options.Value.RefreshTokenDays),
            CreatedAt = now,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        if (cookie)
        {
            var identity = new ClaimsIdentity(
                [
                    new Claim(Caller.UserClaim, userId.ToString()),
                    new Claim(Caller.OrgClaim, orgId.ToString()),
                    new Claim(Caller.ScopeClaim, Scopes.Write),
                    new Claim(Caller.SessionClaim, session.Id.ToString()),
                ],
                CookieAuthenticationDefaults.AuthenticationScheme);
            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        }
        return new TokenResponse(access, refresh, "bearer", options.Value.AccessTokenMinutes * 60, orgId);
    }
}
