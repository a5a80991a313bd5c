using System.Security.Cryptography;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Canonical;

/// <summary>Computes <c>hash</c> and <c>schema_hash</c> (DESIGN §2.1).</summary>
public static class ContractHasher
{
    /// <summary><c>"sha256:" + hex(SHA-256(canonical JSON without hash fields))</c>.</summary>
    public static string Hash(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Sha256(CanonicalModel.RootMembers(contract), includeMetadata: true);
    }

    /// <summary>The same hash without the metadata fields: two versions with the same rules share it.</summary>
    public static string SchemaHash(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return Sha256(CanonicalModel.RootMembers(contract), includeMetadata: false);
    }

    /// <summary>Both hashes from one serialization of the contract.</summary>
    internal static (string Hash, string SchemaHash) Compute(Contract contract) => Compute(CanonicalModel.RootMembers(contract));

    internal static (string Hash, string SchemaHash) Compute(IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>> members) =>
        (Sha256(members, includeMetadata: true), Sha256(members, includeMetadata: false));

    private static string Sha256(IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>> members, bool includeMetadata)
    {
        using var buffer = new PooledBuffer(members.Sum(m => m.Value.Length + m.Key.Length + 4) + 2);
        CanonicalModel.Compose(buffer, members, includeMetadata);
        return Sha256(buffer.WrittenSpan);
    }

    internal static string Sha256(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
}
