namespace Trackboard.Server.Audit;

/// <summary>The filters of <c>GET /org/audit</c>: page size, the cursor (<c>at</c> of the last entry seen) and exact matches.</summary>
internal sealed record AuditQuery(int? Limit, DateTime? Before, string? EntityType, string? EntityId, Guid? ActorId);
