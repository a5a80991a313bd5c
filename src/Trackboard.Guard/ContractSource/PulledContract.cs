using Trackboard.Contracts.Canonical;

namespace Trackboard.Guard.ContractSource;

/// <summary>Checks of a contract downloaded from the Server (or read back from the cache) before it may be put in force.</summary>
internal static class PulledContract
{
    /// <summary>
    /// Loads <paramref name="bytes"/> and refuses anything that is not an intact published version: load errors, no
    /// version number (or not the one asked for), a missing or wrong <c>hash</c>, or an ETag that names another hash.
    /// </summary>
    public static (LoadedContract? Contract, string? Error) Verify(byte[] bytes, long? expectedNumber, string? etag)
    {
        var (loaded, error) = ContractHolder.TryLoad(bytes);
        if (loaded is null)
        {
            return (null, "not a valid contract: " + error);
        }

        var contract = loaded.Compiled.Contract;
        if (contract.VersionNumber is not { } number)
        {
            return (null, "not a published version (no version_number)");
        }

        if (expectedNumber is { } expected && number != expected)
        {
            return (null, $"asked for version {expected}, got version {number}");
        }

        var hash = ContractHasher.Hash(contract);
        if (contract.Hash is null || !string.Equals(contract.Hash, hash, StringComparison.Ordinal))
        {
            return (null, $"the hash field ({contract.Hash ?? "missing"}) does not match the content ({hash}): damaged in storage or transit");
        }

        if (etag is not null && !string.Equals(etag.Replace("W/", "", StringComparison.Ordinal).Trim('"'), hash, StringComparison.Ordinal))
        {
            return (null, $"the ETag {etag} names another contract than the body ({hash})");
        }

        return (loaded, null);
    }

    public static string ETagOf(LoadedContract contract) => $"\"{ContractHasher.Hash(contract.Compiled.Contract)}\"";
}
