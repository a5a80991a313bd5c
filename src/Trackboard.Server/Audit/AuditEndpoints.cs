using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Audit;

internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/org/audit", List).WithTags("Organization").RequireAuthorization(Policies.Admin);
        return routes;
    }

    /// <summary>Newest first; page with <c>before</c> = the <c>at</c> of the last entry seen.</summary>
    private static Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(
        int? limit, DateTime? before, string? entity_type, string? entity_id, Guid? actor_id, HttpContext http, TrackboardDbContext db, CancellationToken ct) =>
        ListAsync(Caller.From(http.User), new AuditQuery(limit, before, entity_type, entity_id, actor_id), db, ct);

    internal static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> ListAsync(Caller caller, AuditQuery filter, TrackboardDbContext db, CancellationToken ct)
    {
        if (filter.Limit is < 1 or > 500)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "limit must be between 1 and 500.", "limit");
        }
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrgId == caller.OrgId);
        if (filter.Before is { } cursor)
        {
            var utc = cursor.ToUniversalTime();
            query = query.Where(a => a.At < utc);
        }
        if (filter.EntityType is { } entityType)
        {
            query = query.Where(a => a.EntityType == entityType);
        }
        if (filter.EntityId is { } entityId)
        {
            query = query.Where(a => a.EntityId == entityId);
        }
        if (filter.ActorId is { } actorId)
        {
            query = query.Where(a => a.ActorId == actorId);
        }
        var rows = await query.OrderByDescending(a => a.At).ThenBy(a => a.Id).Take(filter.Limit ?? 100).ToListAsync(ct);
        return TypedResults.Ok(new JsonArray([.. rows.Select(a => (JsonNode)new JsonObject
        {
            ["id"] = a.Id.ToString(),
            ["at"] = a.At,
            ["actor_id"] = a.ActorId?.ToString(),
            ["action"] = a.Action,
            ["entity_type"] = a.EntityType,
            ["entity_id"] = a.EntityId,
            ["before"] = a.Before is null ? null : JsonNode.Parse(a.Before),
            ["after"] = a.After is null ? null : JsonNode.Parse(a.After),
        })]));
    }
}
