using Trackboard.Contracts.Model;

namespace Trackboard.Mcp;

/// <summary>Where the MCP tools read contracts from: a local file, or published versions on a Trackboard Server.</summary>
public interface IContractSource
{
    /// <summary>The contract the tools answer about.</summary>
    /// <exception cref="McpToolException">The contract cannot be read or does not load.</exception>
    Task<Contract> GetCurrentAsync(CancellationToken cancellationToken);

    /// <summary>The versions this source knows, newest first.</summary>
    Task<IReadOnlyList<ContractVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken);

    /// <summary>A version by number, or null when this source does not hold it.</summary>
    Task<Contract?> GetVersionAsync(long versionNumber, CancellationToken cancellationToken);
}
