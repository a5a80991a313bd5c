namespace Trackboard.Server.Data;

internal sealed class WebhookDelivery
{
    public Guid Id { get; set; }
    public Guid OrgId { get; set; }
    public Guid WebhookId { get; set; }
    public required string Event { get; set; }
    public required string Payload { get; set; }
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
}
