namespace Trackboard.Server.Live;

/// <summary>One result on the live feed: who may see it (organization and plan), its id and the JSON sent as the SSE data line.</summary>
internal sealed record LiveMessage(Guid OrgId, Guid PlanId, string Id, string Json);
