using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>The contract built from what could be imported, and every skipped row or node.</summary>
/// <param name="Contract">The imported contract (not yet checked by the loader).</param>
/// <param name="Problems">Every row or node that was skipped, in source order.</param>
public sealed record ImportResult(Contract Contract, IReadOnlyList<ImportProblem> Problems);
