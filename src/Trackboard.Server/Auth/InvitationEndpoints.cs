using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Auth;

internal static class InvitationEndpoints
{
    public static IEndpointRouteBuilder MapInvitations(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Organization");
        group.MapGet("/org/invitations", List).RequireAuthorization(Policies.Admin);
        group.MapPost("/org/invitations", Create).RequireAuthorization(Policies.Admin);
        group.MapDelete("/invitations/{id:guid}", Revoke).RequireAuthorization(Policies.Admin);
        group.MapPost("/invitations/accept", Accept).RequireAuthorization(Policies.Authenticated);
        return routes;
    }

    private static Task<Ok<List<InvitationResponse>>> List(HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), db, time, ct);

    internal static async Task<Ok<List<InvitationResponse>>> ListAsync(Caller caller, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Invitations.AsNoTracking().Where(i => i.OrgId == caller.OrgId)
            .OrderByDescending(i => i.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(i => ToResponse(i, now, null)).ToList());
    }

    private static Task<Results<Created<InvitationResponse>, ProblemHttpResult>> Create(
        InvitationRequest request, HttpContext http, TrackboardDbContext db, TokenHasher hasher, TimeProvider time,
        IOptions<AuthOptions> options, CancellationToken ct) =>
        CreateAsync(Caller.From(http.User), request, db, hasher, time, options, ct);

    internal static async Task<Results<Created<InvitationResponse>, ProblemHttpResult>> CreateAsync(
        Caller caller, InvitationRequest request, TrackboardDbContext db, TokenHasher hasher, TimeProvider time,
        IOptions<AuthOptions> options, CancellationToken ct)
    {
        if (AuthEndpoints.CheckText(request.Email, "email", 320) is { } problem)
        {
            return problem;
        }
        if (Roles.Parse(request.Role ?? "viewer") is not { } role)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "role must be owner, admin, editor or viewer.", "$.role");
        }
        if (role == OrgRole.Owner && caller.Role != OrgRole.Owner)
        {
            return Problems.Forbidden("Only an owner can invite an owner.");
        }
        var normalized = AuthEndpoints.Normalize(request.Email!);
        var member = await (from m in db.Memberships
                            join u in db.Users on m.UserId equals u.Id
                            where m.OrgId == caller.OrgId && u.NormalizedEmail == normalized
                            select m).AnyAsync(ct);
        if (member)
        {
            return Problems.Create(409, ErrorCodes.AlreadyMember, "This person is already a member.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var (token, hash) = hasher.Create(TokenHasher.InvitationPrefix);
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            OrgId = caller.OrgId,
            Email = request.Email!.Trim(),
            Role = role,
            TokenHash = hash,
            CreatedBy = caller.UserId,
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.Value.InvitationDays),
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/invitations/{invitation.Id}", ToResponse(invitation, now, token));
    }

    private static Task<Results<NoContent, ProblemHttpResult>> Revoke(Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        RevokeAsync(Caller.From(http.User), id, db, time, ct);

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(Caller caller, Guid id, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == id && i.OrgId == caller.OrgId, ct);
        if (invitation is null)
        {
            return Problems.NotFound("Invitation");
        }
        invitation.RevokedAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task<Results<Ok<OrgSummary>, ProblemHttpResult>> Accept(
        AcceptInvitationRequest request, HttpContext http, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct) =>
        AcceptAsync(Guid.Parse(http.User.FindFirst(Caller.UserClaim)!.Value), request, db, hasher, time, ct);

    internal static async Task<Results<Ok<OrgSummary>, ProblemHttpResult>> AcceptAsync(
        Guid userId, AcceptInvitationRequest request, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(request.Token))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, "token is required.", "$.token");
        }
        var now = time.GetUtcNow().UtcDateTime;
        var hash = hasher.Hash(request.Token);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        if (invitation is null || invitation.RevokedAt is not null || invitation.AcceptedAt is not null || invitation.ExpiresAt <= now
            || AuthEndpoints.Normalize(invitation.Email) != user.NormalizedEmail)
        {
            return Problems.Create(404, ErrorCodes.InvitationInvalid, "The invitation is unknown, revoked, used, expired or for another email.");
        }
        if (await db.Memberships.AnyAsync(m => m.OrgId == invitation.OrgId && m.UserId == userId, ct))
        {
            return Problems.Create(409, ErrorCodes.AlreadyMember, "You are already a member.");
        }
        invitation.AcceptedAt = now;
        db.Memberships.Add(new Membership { OrgId = invitation.OrgId, UserId = userId, Role = invitation.Role, CreatedAt = now });
        await db.SaveChangesAsync(ct);
        var org = await db.Organizations.AsNoTracking().FirstAsync(o => o.Id == invitation.OrgId, ct);
        return TypedResults.Ok(new OrgSummary(org.Id, org.Name, Roles.Name(invitation.Role)));
    }

    /// <summary>
    /// What the holder of an invitation link may see before accepting: the organization, the role, the email it is for
    /// and whether it can still be used. Null for an unknown token. The link is the secret, so nothing more is shown.
    /// </summary>
    internal static async Task<InvitationPreview?> PreviewAsync(string? token, TrackboardDbContext db, TokenHasher hasher, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200)
        {
            return null;
        }
        var hash = hasher.Hash(token);
        var row = await (from i in db.Invitations.AsNoTracking()
                         join o in db.Organizations on i.OrgId equals o.Id
                         where i.TokenHash == hash
                         select new { Invitation = i, OrgName = o.Name }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        var view = ToResponse(row.Invitation, time.GetUtcNow().UtcDateTime, null);
        return new InvitationPreview(row.Invitation.OrgId, row.OrgName, view.Email, view.Role, view.Status, view.ExpiresAt);
    }

    private static InvitationResponse ToResponse(Invitation i, DateTime now, string? token)
    {
        var status = i.RevokedAt is not null ? "revoked" : i.AcceptedAt is not null ? "accepted" : i.ExpiresAt <= now ? "expired" : "pending";
        return new InvitationResponse(i.Id, i.Email, Roles.Name(i.Role), i.CreatedAt, i.ExpiresAt, status, token);
    }
}
