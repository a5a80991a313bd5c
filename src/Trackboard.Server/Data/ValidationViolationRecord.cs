namespace Trackboard.Server.Data;

/// <summary>One error-severity violation of a stored validation, for per-property statistics.</summary>
internal sealed class ValidationViolationRecord
{
    public Guid Id { get; set; }
    public Guid RecordId { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public required string EventName { get; set; }
    public required string Code { get; set; }
    public required string Path { get; set; }
    public DateTime ReceivedAt { get; set; }
}
