namespace Trackboard.Server.Data;

/// <summary>One changed row: who, when, what, and the values before and after (secrets masked).</summary>
internal sealed class AuditEntry
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid? ActorId { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public DateTime At { get; set; }
}
