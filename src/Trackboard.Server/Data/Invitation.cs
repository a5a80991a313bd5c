namespace Trackboard.Server.Data;

internal sealed class Invitation
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public required string Email { get; set; }
    public OrgRole Role { get; set; }
    public required string TokenHash { get; set; }
    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
