namespace Trackboard.Server.Data;

/// <summary>A login: an access token, a refresh token (both stored hashed) and the cookie that refers to it.</summary>
internal sealed class Session
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid OrgId { get; set; }
    public required string AccessHash { get; set; }
    public DateTime AccessExpiresAt { get; set; }
    public required string RefreshHash { get; set; }
    public DateTime RefreshExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
