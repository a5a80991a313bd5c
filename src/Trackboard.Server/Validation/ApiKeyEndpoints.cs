using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Validation;

/// <summary>Validation API keys of a plan. The full key is in the response of create and rotate only.</summary>
internal static class ApiKeyEndpoints
{
    public static IEndpointRouteBuilder MapApiKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("API keys");
        group.MapGet("/plans/{id:guid}/keys", List).RequireAuthorization(Policies.Admin);
        group.MapPost("/plans/{id:guid}/keys", Create).RequireAuthorization(Policies.Admin);
        group.MapPost("/keys/{id:guid}/rotate", Rotate).RequireAuthorization(Policies.Admin);
        group.MapDelete("/keys/{id:guid}", Revoke).RequireAuthorization(Policies.Admin);
        return routes;
    }

    private static Task<Results<Ok<List<ApiKeyResponse>>, ProblemHttpResult>> List(
        Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), id, db, time, ct);

    internal static async Task<Results<Ok<List<ApiKeyResponse>>, ProblemHttpResult>> ListAsync(
        Caller caller, Guid id, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.PlanId == id).OrderBy(k => k.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(keys.Select(k => ToResponse(k, now, null)).ToList());
    }

    private static Task<Results<Created<ApiKeyResponse>, ProblemHttpResult>> Create(
        Guid id, ApiKeyCreate request, HttpContext http, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), id, request, db, hasher, time, ct);

    internal static async Task<Results<Created<ApiKeyResponse>, ProblemHttpResult>> CreateAsync(
        Caller caller, Guid id, ApiKeyCreate request, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct)
    {
        var plan = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (plan is null)
        {
            return Problems.NotFound("Plan");
        }
        if (request.Label is null || request.Label.Length is < 1 or > 100)
        {
            return Problems.BadRequest(request.Label?.Length > 100 ? ErrorCodes.NameTooLong : ErrorCodes.MissingField, "label is required (1 to 100 characters).", "$.label");
        }
        var now = time.GetUtcNow().UtcDateTime;
        if (request.ExpiresAt is { } expires && expires.ToUniversalTime() <= now)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "expires_at must be in the future.", "$.expires_at");
        }
        var (token, hash) = hasher.Create(TokenHasher.ApiKeyPrefix);
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), OrgId = caller.OrgId, PlanId = id, Label = request.Label, Prefix = TokenHasher.DisplayPrefix(token),
            Hash = hash, CreatedAt = now, ExpiresAt = request.ExpiresAt?.ToUniversalTime(),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/keys/{key.Id}", ToResponse(key, now, token));
    }

    private static async Task<Results<Ok<ApiKeyResponse>, ProblemHttpResult>> Rotate(
        Guid id, HttpContext http, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.OrgId == caller.OrgId, ct);
        if (key is null)
        {
            return Problems.NotFound("API key");
        }
        if (key.RevokedAt is not null)
        {
            return Problems.Create(409, ErrorCodes.InvalidApiKey, "A revoked key cannot be rotated; create a new one.");
        }
        // The old secret stops working the moment the new one is stored: the row keeps one hash.
        var (token, hash) = hasher.Create(TokenHasher.ApiKeyPrefix);
        key.Hash = hash;
        key.Prefix = TokenHasher.DisplayPrefix(token);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ToResponse(key, time.GetUtcNow().UtcDateTime, token));
    }

    private static Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        RevokeAsync(Caller.From(http.User), id, db, time, ct);

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Caller caller, Guid id, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.OrgId == caller.OrgId, ct);
        if (key is null)
        {
            return Problems.NotFound("API key");
        }
        key.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static ApiKeyResponse ToResponse(ApiKey k, DateTime now, string? token) =>
        new(k.Id, k.PlanId, k.Prefix, k.Label, "validate", k.RevokedAt is null && !(k.ExpiresAt <= now), k.CreatedAt,
            k.ExpiresAt, k.LastUsedAt, k.RevokedAt, token);
}
