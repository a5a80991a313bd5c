namespace Trackboard.Server.Data;

internal sealed class EventGlobalLink
{
    public Guid EventId { get; set; }
    public Guid PropertyId { get; set; }
    public Guid PlanId { get; set; }
}
