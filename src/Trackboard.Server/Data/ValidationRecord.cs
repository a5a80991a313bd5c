namespace Trackboard.Server.Data;

/// <summary>One event checked by the validate API.</summary>
internal sealed class ValidationRecord
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public Guid VersionId { get; set; }
    public Guid ApiKeyId { get; set; }
    public required string EventName { get; set; }
    public bool Valid { get; set; }
    public int ErrorCount { get; set; }
    public string? Source { get; set; }
    public DateTime ReceivedAt { get; set; }
}
