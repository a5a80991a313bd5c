using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Loading;

/// <summary>The outcome of loading a contract: the contract when there is no error, and every diagnostic.</summary>
public sealed record ContractLoadResult
{
    /// <summary>The loaded contract, or null when any error was found.</summary>
    public Contract? Contract { get; init; }

    /// <summary>Every error and warning, in file order.</summary>
    public IReadOnlyList<ContractDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>True when the contract loaded (warnings allowed).</summary>
    public bool Success => Contract is not null;

    /// <summary>The errors only.</summary>
    public IEnumerable<ContractDiagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The warnings only.</summary>
    public IEnumerable<ContractDiagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
