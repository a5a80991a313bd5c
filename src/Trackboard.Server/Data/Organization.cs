namespace Trackboard.Server.Data;

internal sealed class Organization
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
}
