namespace Trackboard.Mcp;

/// <summary>One known contract version.</summary>
/// <param name="VersionNumber">The version number, when the contract has one.</param>
/// <param name="VersionId">The version id, when the contract has one.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Hash">The canonical hash.</param>
/// <param name="EventCount">How many events it defines, when the source knows without loading the version.</param>
public sealed record ContractVersionInfo(long? VersionNumber, string? VersionId, string? PublishedAt, string Hash, int? EventCount)
{
    /// <summary>The publisher's change summary, when the Server has one.</summary>
    public string? Summary { get; init; }

    /// <summary>Whether the version was published with breaking changes, when the Server knows.</summary>
    public bool? Breaking { get; init; }
}
