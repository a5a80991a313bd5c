namespace Trackboard.Contracts.Diff;

/// <summary>Options of a diff; the CLI reads them from <c>trackboard.yaml</c>.</summary>
public sealed record DiffOptions
{
    /// <summary>No options.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>Changes to leave out of the verdict.</summary>
    public IReadOnlyList<IgnoreRule> Ignore { get; init; } = [];
}
