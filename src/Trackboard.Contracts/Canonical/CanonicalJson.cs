using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Canonical;

/// <summary>Exports contracts as canonical JSON: the same contract always gives the same bytes.</summary>
public static class CanonicalJson
{
    /// <summary>The canonical document with its <c>hash</c> and <c>schema_hash</c> fields.</summary>
    public static byte[] Export(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var root = CanonicalModel.Build(contract, includeMetadata: true);
        var hash = ContractHasher.Sha256(CanonicalJsonWriter.ToBytes(root));
        root["hash"] = hash;
        root["schema_hash"] = ContractHasher.SchemaHash(contract);
        return CanonicalJsonWriter.ToBytes(root);
    }

    /// <summary>The canonical document without hash fields: the bytes <see cref="ContractHasher.Hash"/> hashes.</summary>
    public static byte[] WithoutHashes(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return CanonicalJsonWriter.ToBytes(CanonicalModel.Build(contract, includeMetadata: true));
    }
}
