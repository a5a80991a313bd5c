using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Canonical;

/// <summary>Exports contracts as canonical JSON: the same contract always gives the same bytes.</summary>
public static class CanonicalJson
{
    /// <summary>The canonical document with its <c>hash</c> and <c>schema_hash</c> fields.</summary>
    public static byte[] Export(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var members = CanonicalModel.RootMembers(contract);
        var (hash, schemaHash) = ContractHasher.Compute(members);
        return Compose(members, includeMetadata: true, hash, schemaHash);
    }

    /// <summary>The canonical document without hash fields: the bytes <see cref="ContractHasher.Hash"/> hashes.</summary>
    public static byte[] WithoutHashes(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Compose(CanonicalModel.RootMembers(contract), includeMetadata: true);
    }

    private static byte[] Compose(IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>> members, bool includeMetadata, string? hash = null, string? schemaHash = null)
    {
        using var buffer = new PooledBuffer(members.Sum(m => m.Value.Length + m.Key.Length + 4) + 200);
        CanonicalModel.Compose(buffer, members, includeMetadata, hash, schemaHash);
        return buffer.WrittenSpan.ToArray();
    }
}
