namespace Trackboard.Server.Data;

/// <summary>
/// An event of a plan's draft. <see cref="Json"/> is the event object in contract format without its
/// <c>properties</c> and <c>global_properties</c> (those are rows); the other columns copy fields for SQL.
/// </summary>
internal sealed class PlanEvent
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Category { get; set; }
    public required string Status { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
