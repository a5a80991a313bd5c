namespace Trackboard.Contracts.Consistency;

/// <summary>How alike two events are.</summary>
/// <param name="EventA">The first event (for a candidate search, the candidate's name).</param>
/// <param name="EventB">The second event.</param>
/// <param name="Score">
/// 100 × the sum of the signal scores ÷ the sum of the weights of the signals that apply, rounded to one decimal.
/// </param>
/// <param name="Band">The band of <paramref name="Score"/>.</param>
/// <param name="Signals">Every signal in the order of <see cref="ConsistencySignals.All"/>, applying or not.</param>
public sealed record SimilarityResult(
    string EventA,
    string EventB,
    double Score,
    SimilarityBand Band,
    IReadOnlyList<SignalScore> Signals)
{
    /// <summary>Canonical JSON of this result, shaped like one entry of <see cref="ConsistencyReport.ToJson"/>.</summary>
    public string ToJson() => ConsistencyJson.Result(this);
}
