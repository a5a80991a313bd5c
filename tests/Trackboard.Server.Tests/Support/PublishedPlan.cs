namespace Trackboard.Server.Tests.Support;

/// <summary>An organization's owner, its plan with a published version, and a read-scope personal access token.</summary>
public sealed record PublishedPlan(ApiClient Owner, Guid Plan, string ReadToken);
