using System.Collections.Concurrent;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Validation;

namespace Trackboard.Server.Validation;

/// <summary>Published versions never change, so their compiled validators are kept by version id.</summary>
internal sealed class CompiledContractCache
{
    private const int MaxEntries = 256;
    private readonly ConcurrentDictionary<Guid, CompiledContract> _compiled = new();

    public CompiledContract? TryGet(Guid versionId) => _compiled.GetValueOrDefault(versionId);

    public CompiledContract Add(Guid versionId, byte[] canonical)
    {
        if (_compiled.Count >= MaxEntries)
        {
            _compiled.Clear();
        }
        return _compiled.GetOrAdd(versionId, _ => CompiledContract.Compile(ContractLoader.Load(canonical).Contract!));
    }
}
