using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

/// <summary>Accepts <c>Authorization: Bearer</c> with a session access token (<c>tba_</c>) or a personal access token (<c>tbp_</c>).</summary>
internal sealed class BearerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TrackboardDbContext db,
    TokenHasher hasher,
    TimeProvider time) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var token = header["Bearer ".Length..].Trim();
        var hash = hasher.Hash(token);
        var now = time.GetUtcNow().UtcDateTime;
        var ct = Context.RequestAborted;
        if (token.StartsWith(TokenHasher.AccessPrefix, StringComparison.Ordinal))
        {
            var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.AccessHash == hash, ct);
            if (session is null || session.RevokedAt is not null || session.AccessExpiresAt <= now)
            {
                return AuthenticateResult.Fail("invalid_token");
            }
            return Success(session.UserId, session.OrgId, Scopes.Write, session.Id);
        }
        if (token.StartsWith(TokenHasher.PersonalPrefix, StringComparison.Ordinal))
        {
            var pat = await db.PersonalAccessTokens.FirstOrDefaultAsync(p => p.Hash == hash, ct);
            if (pat is null || pat.RevokedAt is not null || pat.ExpiresAt <= now)
            {
                return AuthenticateResult.Fail("invalid_token");
            }
            await db.PersonalAccessTokens.Where(p => p.Id == pat.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastUsedAt, now), ct);
            return Success(pat.UserId, pat.OrgId, pat.Scope, null);
        }
        return AuthenticateResult.Fail("invalid_token");
    }

    private AuthenticateResult Success(Guid user, Guid org, string scope, Guid? session)
    {
        var claims = new List<Claim>
        {
            new(Caller.UserClaim, user.ToString()),
            new(Caller.OrgClaim, org.ToString()),
            new(Caller.ScopeClaim, scope),
        };
        if (session is not null)
        {
            claims.Add(new Claim(Caller.SessionClaim, session.Value.ToString()));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
