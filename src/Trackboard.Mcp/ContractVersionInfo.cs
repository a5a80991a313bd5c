namespace Trackboard.Mcp;

/// <summary>One known contract version.</summary>
/// <param name="VersionNumber">The version number, when the contract has one.</param>
/// <param name="VersionId">The version id, when the contract has one.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Hash">The canonical hash.</param>
/// <param name="EventCount">How many events it defines.</param>
public sealed record ContractVersionInfo(long? VersionNumber, string? VersionId, string? PublishedAt, string Hash, int EventCount);
