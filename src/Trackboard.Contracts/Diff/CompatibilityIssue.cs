namespace Trackboard.Contracts.Diff;

/// <summary>A breaking change that makes a candidate incompatible, with the earlier version it breaks.</summary>
/// <param name="EarlierIndex">Index of the earlier version in the list given to <see cref="ContractDiff.CheckCompatibility"/>.</param>
/// <param name="Against">A label for that version.</param>
/// <param name="Direction">The direction of the diff the change comes from.</param>
/// <param name="Change">The breaking change.</param>
public sealed record CompatibilityIssue(int EarlierIndex, string Against, CompatibilityDirection Direction, Change Change);
