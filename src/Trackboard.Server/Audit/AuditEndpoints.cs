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
    private static async Task<Results<Ok<JsonArray>, ProblemHttpResult>> List(
        int? limit, DateTime? before, string? entity_type, string? entity_id, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        if (limit is < 1 or > 500)
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, "limit must be between 1 and 500.", "limit");
        }
        var caller = Caller.From(http.User);
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrgId == caller.OrgId);
        if (before is { } cursor)
        {
            var utc = cursor.ToUniversalTime();
            query = query.Where(a => a.At < utc);
        }
        if (entity_type is not null)
        {
            query = query.Where(a => a.EntityType == entity_type);
        }
        if (entity_id is not null)
        {
            query = query.Where(a => a.EntityId == entity_id);
        }
        var rows = await query.OrderByDescending(a => a.At).ThenBy(a => a.Id).Take(limit ?? 100).ToListAsync(ct);
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
