namespace Trackboard.Contracts.Diff;

/// <summary>The outcome of <see cref="ContractDiff.CheckCompatibility"/>.</summary>
public sealed record CompatibilityReport
{
    /// <summary>The mode checked.</summary>
    public required CompatibilityMode Mode { get; init; }

    /// <summary>True when no check found a breaking change that is not ignored.</summary>
    public bool Compatible => Issues.Count == 0;

    /// <summary>Every diff run, by earlier version (list order), backward before forward.</summary>
    public required IReadOnlyList<CompatibilityCheck> Checks { get; init; }

    /// <summary>Every breaking change of every check, in check order, each naming the version it is against.</summary>
    public required IReadOnlyList<CompatibilityIssue> Issues { get; init; }
}
