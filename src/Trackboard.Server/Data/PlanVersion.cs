namespace Trackboard.Server.Data;

internal sealed class PlanVersion
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public long Number { get; set; }
    public required string Hash { get; set; }
    public required string SchemaHash { get; set; }
    public required byte[] Contract { get; set; }
    public string? Summary { get; set; }
    public bool Breaking { get; set; }
    public required string ReportJson { get; set; }
    public long PublishedFromRevision { get; set; }
    public Guid PublishedBy { get; set; }
    public DateTime PublishedAt { get; set; }
}
