namespace Trackboard.Contracts.Diff;

/// <summary>One diff a compatibility check ran.</summary>
/// <param name="EarlierIndex">Index of the earlier version in the list given to <see cref="ContractDiff.CheckCompatibility"/>.</param>
/// <param name="Against">A label for that version: <c>version 3</c>, its version id, or <c>earlier[0]</c>.</param>
/// <param name="Direction">Backward (earlier to candidate) or forward (candidate to earlier).</param>
/// <param name="Result">The diff in that direction.</param>
public sealed record CompatibilityCheck(int EarlierIndex, string Against, CompatibilityDirection Direction, DiffResult Result);
