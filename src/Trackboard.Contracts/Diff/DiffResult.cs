namespace Trackboard.Contracts.Diff;

/// <summary>The outcome of <see cref="ContractDiff.Compare"/>.</summary>
public sealed record DiffResult
{
    /// <summary>True when at least one change that is not ignored is breaking.</summary>
    public bool Breaking => Summary.BreakingCount > 0;

    /// <summary>Counts by severity, over <see cref="Changes"/> only.</summary>
    public required DiffSummary Summary { get; init; }

    /// <summary>Every change not ignored, ordered by event, property path (event-level changes first), code, path, before, after.</summary>
    public required IReadOnlyList<Change> Changes { get; init; }

    /// <summary>Changes an <see cref="IgnoreRule"/> matched, in the same order; they do not count towards the verdict.</summary>
    public IReadOnlyList<Change> Ignored { get; init; } = [];

    /// <summary>Every event compared (present in either contract, call sections included), in ordinal order.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];
}
