using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Auth;

internal static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapMembers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/org/members").WithTags("Organization");
        group.MapGet("/", List).RequireAuthorization(Policies.Viewer);
        group.MapPatch("/{user_id:guid}", ChangeRole).RequireAuthorization(Policies.Admin);
        group.MapDelete("/{user_id:guid}", Remove).RequireAuthorization(Policies.Admin);
        return routes;
    }

    private static Task<Ok<List<MemberResponse>>> List(HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), db, ct);

    internal static async Task<Ok<List<MemberResponse>>> ListAsync(Caller caller, TrackboardDbContext db, CancellationToken ct)
    {
        var rows = await (from m in db.Memberships
                          join u in db.Users on m.UserId equals u.Id
                          where m.OrgId == caller.OrgId
                          orderby u.Email
                          select new { u.Id, u.Email, u.Name, m.Role, m.CreatedAt }).ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new MemberResponse(r.Id, r.Email, r.Name, Roles.Name(r.Role), r.CreatedAt)).ToList());
    }

    private static Task<Results<Ok<MemberResponse>, ProblemHttpResult>> ChangeRole(
        Guid user_id, RoleChangeRequest request, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ChangeRoleAsync(Caller.From(http.User), user_id, request, db, ct);

    internal static async Task<Results<Ok<MemberResponse>, ProblemHttpResult>> ChangeRoleAsync(
        Caller caller, Guid user_id, RoleChangeRequest request, TrackboardDbContext db, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrgId == caller.OrgId && m.UserId == user_id, ct);
        if (membership is null)
        {
            return Problems.NotFound("Member");
        }
        if (Roles.Parse(request.Role) is not { } role)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "role must be owner, admin, editor or viewer.", "$.role");
        }
        // Only owners hand out or take away ownership; admins manage everyone below owner.
        if ((role == OrgRole.Owner || membership.Role == OrgRole.Owner) && caller.Role != OrgRole.Owner)
        {
            return Problems.Forbidden("Only an owner can grant or remove the owner role.");
        }
        if (membership.Role == OrgRole.Owner && role != OrgRole.Owner && await OwnerCount(db, caller.OrgId, ct) == 1)
        {
            return Problems.Create(409, ErrorCodes.LastOwner, "The organization needs at least one owner; make someone else owner first.");
        }
        membership.Role = role;
        await db.SaveChangesAsync(ct);
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == user_id, ct);
        return TypedResults.Ok(new MemberResponse(user.Id, user.Email, user.Name, Roles.Name(role), membership.CreatedAt));
    }

    private static Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid user_id, HttpContext http, TrackboardDbContext db, CredentialCache credentials, TimeProvider time, CancellationToken ct) =>
        RemoveAsync(Caller.From(http.User), user_id, db, credentials, time, ct);

    internal static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Caller caller, Guid user_id, TrackboardDbContext db, CredentialCache credentials, TimeProvider time, CancellationToken ct)
    {
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.OrgId == caller.OrgId && m.UserId == user_id, ct);
        if (membership is null)
        {
            return Problems.NotFound("Member");
        }
        if (membership.Role == OrgRole.Owner && caller.Role != OrgRole.Owner)
        {
            return Problems.Forbidden("Only an owner can remove an owner.");
        }
        if (membership.Role == OrgRole.Owner && await OwnerCount(db, caller.OrgId, ct) == 1)
        {
            return Problems.Create(409, ErrorCodes.LastOwner, "The organization needs at least one owner.");
        }
        var now = time.GetUtcNow().UtcDateTime;
        db.Memberships.Remove(membership);
        // Tokens are revoked through the change tracker, so each revocation is in the audit log with the removal.
        foreach (var token in await db.PersonalAccessTokens.Where(p => p.OrgId == caller.OrgId && p.UserId == user_id && p.RevokedAt == null).ToListAsync(ct))
        {
            token.RevokedAt = now;
        }
        await db.SaveChangesAsync(ct);
        // Sessions are not audited (they change on every login and refresh); the membership removal above is.
        await db.Sessions.Where(s => s.OrgId == caller.OrgId && s.UserId == user_id && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
        credentials.Invalidate();
        return TypedResults.NoContent();
    }

    private static Task<int> OwnerCount(TrackboardDbContext db, Guid org, CancellationToken ct) =>
        db.Memberships.CountAsync(m => m.OrgId == org && m.Role == OrgRole.Owner, ct);
}
