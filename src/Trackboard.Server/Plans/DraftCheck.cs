using Trackboard.Contracts.Model;

namespace Trackboard.Server.Plans;

internal sealed record DraftDiagnostic(string Code, string Severity, string Path, string Message);

internal sealed record DraftCheck(Contract? Contract, IReadOnlyList<DraftDiagnostic> Diagnostics)
{
    public bool Success => Contract is not null;
}
