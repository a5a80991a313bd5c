using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Import;

/// <summary>The contract built from what could be imported, and every skipped row or node.</summary>
internal sealed record ImportResult(Contract Contract, IReadOnlyList<ImportProblem> Problems);
