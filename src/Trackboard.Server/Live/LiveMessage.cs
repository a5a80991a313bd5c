namespace Trackboard.Server.Live;

/// <summary>
/// One message on the live feed: who may see it (organization and plan), its id, its kind (the SSE event name:
/// <c>validation</c> for a result, <c>review</c> for merge-request activity) and the JSON sent as the SSE data line.
/// </summary>
internal sealed record LiveMessage(Guid OrgId, Guid PlanId, string Id, string Json, string Kind = LiveMessage.ValidationKind)
{
    public const string ValidationKind = "validation";
    public const string ReviewKind = "review";
}
