namespace Trackboard.Server.Data;

internal sealed class Organization
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Admin setting: webhooks may reach loopback and private addresses (for self-hosted receivers).</summary>
    public bool AllowPrivateWebhookTargets { get; set; }
}
