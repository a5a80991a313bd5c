namespace Trackboard.Server.Data;

/// <summary>
/// A property of an event (<see cref="EventId"/> set) or a global property of the plan (null).
/// <see cref="Json"/> is the property object in contract format, nested items and properties included.
/// </summary>
internal sealed class PlanProperty
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid PlanId { get; set; }
    public Guid? EventId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; }
}
