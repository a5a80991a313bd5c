using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Mcp;

/// <summary>
/// Reads one contract file, reloading it when it changes on disk. A file that stops loading keeps the
/// last good contract answering; versions seen since start stay listed. It reads no other file.
/// </summary>
public sealed class FileContractSource(string path) : IContractSource
{
    private readonly Lock _lock = new();
    private readonly List<Contract> _history = [];
    private Contract? _current;
    private DateTime _loadedWriteTime;
    private long _loadedLength = -1;

    /// <summary>The configured contract file.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <inheritdoc />
    public Task<Contract> GetCurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Current());

    /// <inheritdoc />
    public Task<IReadOnlyList<ContractVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        Current();
        lock (_lock)
        {
            IReadOnlyList<ContractVersionInfo> versions = [.. _history.AsEnumerable().Reverse().Select(Describe)];
            return Task.FromResult(versions);
        }
    }

    /// <inheritdoc />
    public Task<Contract?> GetVersionAsync(long versionNumber, CancellationToken cancellationToken)
    {
        Current();
        lock (_lock)
        {
            return Task.FromResult(_history.LastOrDefault(c => c.VersionNumber == versionNumber));
        }
    }

    internal static ContractVersionInfo Describe(Contract contract) =>
        new(contract.VersionNumber, contract.VersionId, contract.PublishedAt, ContractHasher.Hash(contract), contract.Events.Count);

    private Contract Current()
    {
        lock (_lock)
        {
            var info = new FileInfo(Path);
            if (!info.Exists)
            {
                return _current ?? throw new McpToolException("contract_unavailable", $"The contract file {Path} does not exist.");
            }

            if (_current is not null && info.LastWriteTimeUtc == _loadedWriteTime && info.Length == _loadedLength)
            {
                return _current;
            }

            var result = ContractLoader.Load(File.ReadAllBytes(Path));
            if (result.Contract is not { } contract)
            {
                if (_current is not null)
                {
                    // A half-written or broken edit: keep answering from the last good contract.
                    return _current;
                }

                var first = result.Errors.First();
                throw new McpToolException("contract_invalid",
                    $"The contract file {Path} does not load: {first.Code} at {first.Path} ({first.Line}:{first.Column}): {first.Message}");
            }

            _current = contract;
            _loadedWriteTime = info.LastWriteTimeUtc;
            _loadedLength = info.Length;
            var hash = ContractHasher.Hash(contract);
            if (!_history.Exists(c => ContractHasher.Hash(c) == hash))
            {
                _history.Add(contract);
            }

            return contract;
        }
    }
}
