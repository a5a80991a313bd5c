namespace Trackboard.Contracts.Diff;

/// <summary>The direction of one compatibility check.</summary>
public enum CompatibilityDirection
{
    /// <summary>Diff from the earlier version to the candidate: the candidate must accept what the earlier one did.</summary>
    Backward,

    /// <summary>
    /// Diff from the candidate to the earlier version: the earlier version must accept what the candidate
    /// allows. Changes read in that direction (an event only the candidate has shows as <c>event_removed</c>).
    /// </summary>
    Forward,
}
