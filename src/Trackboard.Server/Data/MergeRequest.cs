namespace Trackboard.Server.Data;

internal sealed class MergeRequest
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid SourcePlanId { get; set; }
    public Guid TargetPlanId { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
    public required string Status { get; set; }
    public Guid AuthorId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? MergedAt { get; set; }
    public Guid? MergedBy { get; set; }
}
