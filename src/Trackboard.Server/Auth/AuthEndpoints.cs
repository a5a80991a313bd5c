using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Auth;

internal static class AuthEndpoints
{
    public const string RateLimitPolicy = "auth";
    private const int MaxName = 200;

    public static IEndpointRouteBuilder MapAuth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/auth").WithTags("Auth");
        group.MapPost("/register", Register).RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/login", Login).RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/refresh", Refresh).RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/logout", Logout).RequireAuthorization(Policies.Authenticated);
        group.MapGet("/me", Me).RequireAuthorization(Policies.Viewer);
        return routes;
    }

    internal static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Register(
        RegisterRequest request, bool? cookie, HttpContext http, TrackboardDbContext db, SessionIssuer issuer,
        PasswordHasher<User> passwords, TimeProvider time, CancellationToken ct)
    {
        if ((CheckText(request.Email, "email", 320) ?? CheckText(request.Name, "name", MaxName)
            ?? CheckText(request.OrgName, "org_name", MaxName) ?? CheckPassword(request.Password)) is { } problem)
        {
            return problem;
        }
        if (!request.Email!.Contains('@', StringComparison.Ordinal))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "email is not an email address.", "$.email");
        }
        var normalized = Normalize(request.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            return Problems.Create(409, ErrorCodes.EmailTaken, "An account with this email exists; log in instead.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var user = new User { Id = Guid.NewGuid(), Email = request.Email.Trim(), NormalizedEmail = normalized, Name = request.Name!.Trim(), PasswordHash = "", CreatedAt = now };
        user.PasswordHash = passwords.HashPassword(user, request.Password!);
        var org = new Organization { Id = Guid.NewGuid(), Name = request.OrgName!.Trim(), CreatedAt = now };
        db.Users.Add(user);
        db.Organizations.Add(org);
        db.Memberships.Add(new Membership { OrgId = org.Id, UserId = user.Id, Role = OrgRole.Owner, CreatedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            return Problems.Create(409, ErrorCodes.EmailTaken, "An account with this email exists; log in instead.");
        }
        return TypedResults.Ok(await issuer.IssueAsync(http, user.Id, org.Id, cookie == true, ct));
    }

    internal static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Login(
        LoginRequest request, bool? cookie, HttpContext http, TrackboardDbContext db, SessionIssuer issuer,
        PasswordHasher<User> passwords, TimeProvider time, IOptions<AuthOptions> options, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "email and password are required.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var normalized = Normalize(request.Email);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        if (user is null)
        {
            return Invalid();
        }
        if (user.LockoutEnd > now)
        {
            return Problems.Create(423, ErrorCodes.AccountLocked, "Too many failed logins; try again later.",
                new Dictionary<string, object?> { ["locked_until"] = user.LockoutEnd });
        }
        var verdict = passwords.VerifyHashedPassword(user, user.PasswordHash, request.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.FailedLogins++;
            if (user.FailedLogins >= options.Value.LockoutThreshold)
            {
                user.LockoutEnd = now.AddMinutes(options.Value.LockoutMinutes);
                user.FailedLogins = 0;
            }
            await db.SaveChangesAsync(ct);
            return Invalid();
        }
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.PasswordHash = passwords.HashPassword(user, request.Password);
        }
        user.FailedLogins = 0;
        user.LockoutEnd = null;
        await db.SaveChangesAsync(ct);
        var memberships = db.Memberships.Where(m => m.UserId == user.Id);
        var org = request.OrgId is { } wanted
            ? await memberships.Where(m => m.OrgId == wanted).Select(m => (Guid?)m.OrgId).FirstOrDefaultAsync(ct)
            : await memberships.OrderBy(m => m.CreatedAt).Select(m => (Guid?)m.OrgId).FirstOrDefaultAsync(ct);
        if (org is null)
        {
            return Problems.NotFound("Organization");
        }
        return TypedResults.Ok(await issuer.IssueAsync(http, user.Id, org.Value, cookie == true, ct));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Refresh(
        RefreshRequest request, HttpContext http, TrackboardDbContext db, SessionIssuer issuer, TokenHasher hasher,
        TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.RefreshToken))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "refresh_token is required.", "$.refresh_token");
        }
        var hash = hasher.Hash(request.RefreshToken);
        var now = time.GetUtcNow().UtcDateTime;
        var revoked = await db.Sessions
            .Where(s => s.RefreshHash == hash && s.RevokedAt == null && s.RefreshExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
        if (revoked != 1)
        {
            return Problems.Create(401, ErrorCodes.InvalidToken, "The refresh token is unknown, used, revoked or expired; log in again.");
        }
        http.RequestServices.GetRequiredService<CredentialCache>().Invalidate();
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.RefreshHash == hash, ct);
        return TypedResults.Ok(await issuer.IssueAsync(http, session.UserId, session.OrgId, false, ct));
    }

    private static async Task<NoContent> Logout(HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        await EndSessionAsync(http, db, time, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Revokes the caller's session row and removes the cookie (the API's logout and the UI's sign-out).</summary>
    internal static async Task EndSessionAsync(HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = http.User.FindFirst(Caller.SessionClaim)?.Value;
        if (Guid.TryParse(caller, out var session))
        {
            var now = time.GetUtcNow().UtcDateTime;
            await db.Sessions.Where(s => s.Id == session && s.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
            http.RequestServices.GetRequiredService<CredentialCache>().Invalidate();
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static async Task<Ok<MeResponse>> Me(HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == caller.UserId, ct);
        var orgs = await (from m in db.Memberships
                          join o in db.Organizations on m.OrgId equals o.Id
                          where m.UserId == caller.UserId
                          orderby o.Name
                          select new { o.Id, o.Name, m.Role }).ToListAsync(ct);
        return TypedResults.Ok(new MeResponse(user.Id, user.Email, user.Name, caller.OrgId, Roles.Name(caller.Role),
            [.. orgs.Select(o => new OrgSummary(o.Id, o.Name, Roles.Name(o.Role)))]));
    }

    internal static ProblemHttpResult? CheckText(string? value, string field, int max) =>
        string.IsNullOrWhiteSpace(value) ? Problems.BadRequest(ErrorCodes.MissingField, $"{field} is required.", "$." + field)
        : value.Length > max ? Problems.BadRequest(ErrorCodes.NameTooLong, $"{field} is longer than {max} characters.", "$." + field)
        : null;

    private static ProblemHttpResult? CheckPassword(string? password) =>
        password is null || password.Length < 8
            ? Problems.BadRequest(ErrorCodes.InvalidField, "password needs at least 8 characters.", "$.password")
            : password.Length > 256 ? Problems.BadRequest(ErrorCodes.InvalidField, "password is longer than 256 characters.", "$.password") : null;

    internal static string Normalize(string email) => email.Trim().ToUpperInvariant();

    private static ProblemHttpResult Invalid() =>
        Problems.Create(401, ErrorCodes.InvalidCredentials, "Email or password is wrong.");
}
