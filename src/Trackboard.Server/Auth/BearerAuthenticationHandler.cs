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
    CredentialCache credentials,
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
        var personal = token.StartsWith(TokenHasher.PersonalPrefix, StringComparison.Ordinal);
        if (!personal && !token.StartsWith(TokenHasher.AccessPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("invalid_token");
        }
        var found = await credentials.FindTokenAsync(hash, personal, db, ct);
        if (found is null || found.RevokedAt is not null || found.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("invalid_token");
        }
        if (found.IsSession)
        {
            return Success(found.UserId, found.OrgId, Scopes.Write, found.Id);
        }
        if (found.TakeStamp(now))
        {
            await db.PersonalAccessTokens.Where(p => p.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.LastUsedAt, now), ct);
        }
        return Success(found.UserId, found.OrgId, found.Scope, null);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = result.Failure is null ? AuthenticateHeader.BearerChallenge : AuthenticateHeader.InvalidTokenChallenge;
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
