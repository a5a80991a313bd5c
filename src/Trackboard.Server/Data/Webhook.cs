namespace Trackboard.Server.Data;

internal sealed class Webhook
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public required string Url { get; set; }

    /// <summary>The signing secret, encrypted with ASP.NET Core data protection (it must be read back to sign).</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>Space-separated event names, such as <c>version.published</c>.</summary>
    public required string Events { get; set; }
    public bool Active { get; set; }
    public DateTime CreatedAt { get; set; }
}
