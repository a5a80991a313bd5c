using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Auth;

/// <summary>Personal access tokens for CI and MCP: bound to the user and the current organization, read or write scope.</summary>
internal static class PersonalTokenEndpoints
{
    public static IEndpointRouteBuilder MapPersonalTokens(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/auth/tokens").WithTags("Auth");
        group.MapGet("/", List).RequireAuthorization(Policies.Viewer);
        group.MapPost("/", Create).RequireAuthorization(Policies.Viewer);
        group.MapDelete("/{id:guid}", Revoke).RequireAuthorization(Policies.Viewer);
        return routes;
    }

    private static Task<Ok<List<PersonalTokenResponse>>> List(HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), db, ct);

    internal static async Task<Ok<List<PersonalTokenResponse>>> ListAsync(Caller caller, TrackboardDbContext db, CancellationToken ct)
    {
        var rows = await db.PersonalAccessTokens.AsNoTracking()
            .Where(p => p.OrgId == caller.OrgId && p.UserId == caller.UserId)
            .OrderBy(p => p.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(p => ToResponse(p, null)).ToList());
    }

    private static Task<Results<Created<PersonalTokenResponse>, ProblemHttpResult>> Create(
        TokenCreateRequest request, HttpContext http, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), request, db, hasher, time, ct);

    internal static async Task<Results<Created<PersonalTokenResponse>, ProblemHttpResult>> CreateAsync(
        Caller caller, TokenCreateRequest request, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct)
    {
        if (AuthEndpoints.CheckText(request.Name, "name", 200) is { } problem)
        {
            return problem;
        }
        var scope = request.Scope ?? Scopes.Read;
        if (scope is not (Scopes.Read or Scopes.Write))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "scope must be read or write.", "$.scope");
        }
        // A token never grants more than the session that creates it.
        if (scope == Scopes.Write && !caller.CanWriteScope)
        {
            return Problems.Forbidden("A read-only token cannot create a write token.");
        }
        if (request.ExpiresInDays is < 1 or > 3650)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "expires_in_days must be between 1 and 3650.", "$.expires_in_days");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var (token, hash) = hasher.Create(TokenHasher.PersonalPrefix);
        var pat = new PersonalAccessToken
        {
            Id = Guid.NewGuid(),
            UserId = caller.UserId,
            OrgId = caller.OrgId,
            Name = request.Name!.Trim(),
            Prefix = TokenHasher.DisplayPrefix(token),
            Hash = hash,
            Scope = scope,
            CreatedAt = now,
            ExpiresAt = request.ExpiresInDays is { } days ? now.AddDays(days) : null,
        };
        db.PersonalAccessTokens.Add(pat);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/auth/tokens/{pat.Id}", ToResponse(pat, token));
    }

    private static Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        RevokeAsync(Caller.From(http.User), id, db, time, ct);

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Caller caller, Guid id, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var pat = await db.PersonalAccessTokens.FirstOrDefaultAsync(p => p.Id == id && p.OrgId == caller.OrgId && p.UserId == caller.UserId, ct);
        if (pat is null)
        {
            return Problems.NotFound("Token");
        }
        pat.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static PersonalTokenResponse ToResponse(PersonalAccessToken p, string? token) =>
        new(p.Id, p.Name, p.Prefix, p.Scope, p.CreatedAt, p.ExpiresAt, p.LastUsedAt, p.RevokedAt, token);
}
