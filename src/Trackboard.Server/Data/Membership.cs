namespace Trackboard.Server.Data;

internal sealed class Membership
{
    public Guid OrgId { get; set; }
    public Guid UserId { get; set; }
    public OrgRole Role { get; set; }
    public DateTime CreatedAt { get; set; }
}
