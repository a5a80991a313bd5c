namespace Trackboard.Server.AppVersions;

/// <summary>Body of the create and replace calls of <c>/plans/{id}/app-versions</c>.</summary>
internal sealed record AppVersionRequest(string? AppVersionFrom, string? AppVersionTo, long? ContractVersion, string? Note);
