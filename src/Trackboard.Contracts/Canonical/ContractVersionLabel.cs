using System.Globalization;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Canonical;

/// <summary>
/// The one string that names a contract version everywhere it is stamped: generated code sends it as
/// <c>context.trackboard.contract_version</c>, and Guard writes the same string on warn annotations and DLQ rows,
/// so the two always agree in JSON kind and value.
/// </summary>
public static class ContractVersionLabel
{
    /// <summary><c>version_id</c> when set, else <c>v</c> + <c>version_number</c>, else the contract's <c>hash</c> (<c>sha256:…</c>).</summary>
    public static string Of(Contract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return contract.VersionId
            ?? (contract.VersionNumber is { } number ? "v" + number.ToString(CultureInfo.InvariantCulture) : null)
            ?? ContractHasher.Hash(contract);
    }
}
