namespace Trackboard.Contracts.Consistency;

/// <summary>The pairs of events a consistency search found, best first.</summary>
/// <param name="Threshold">The lowest score reported.</param>
/// <param name="Results">The pairs scoring at least <paramref name="Threshold"/>.</param>
public sealed record ConsistencyReport(double Threshold, IReadOnlyList<SimilarityResult> Results)
{
    /// <summary>
    /// Canonical JSON (keys sorted, no whitespace): <c>{threshold, results[]}</c>; a result has
    /// <c>event_a, event_b, score, band, signals[]</c>; a signal has <c>signal, weight, applies, similarity, score,
    /// evidence[]</c>; evidence has <c>kind, values[]</c>.
    /// </summary>
    public string ToJson() => ConsistencyJson.Report(this);
}
