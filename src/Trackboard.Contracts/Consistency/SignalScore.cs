namespace Trackboard.Contracts.Consistency;

/// <summary>One signal of a similarity score.</summary>
/// <param name="Signal">The signal id, one of <see cref="ConsistencySignals"/>.</param>
/// <param name="Weight">Its weight out of 100.</param>
/// <param name="Applies">
/// False when neither event carries what the signal compares (no properties, no guidance, or an unknown side
/// for a candidate event): the signal is left out and the other weights are scaled up to 100.
/// </param>
/// <param name="Similarity">How alike the two sides are, from 0 to 1 (rounded to 4 decimals here).</param>
/// <param name="Score">Points earned: <paramref name="Weight"/> × similarity (rounded to 2 decimals here); 0 when it does not apply.</param>
/// <param name="Evidence">What was compared and found.</param>
public sealed record SignalScore(
    string Signal,
    int Weight,
    bool Applies,
    double Similarity,
    double Score,
    IReadOnlyList<SignalEvidence> Evidence);
