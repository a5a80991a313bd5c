using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Consistency;

/// <summary>
/// Semantic consistency (DESIGN §5): how alike two events are, as a score out of 100 with a per-signal breakdown.
/// One algorithm for CLI <c>lint</c>, MCP <c>search_similar_events</c>, the editor's similar-event warning and
/// merge-request review. Signals and weights: <see cref="ConsistencySignals"/>; bands: <see cref="SimilarityBands"/>.
/// Pure and deterministic.
/// </summary>
public static class ConsistencyScorer
{
    /// <summary>The default threshold of <see cref="FindPairs"/> and <see cref="FindSimilar"/>: the <c>possibly_related</c> band.</summary>
    public const double DefaultThreshold = SimilarityBands.PossiblyRelatedMin;

    /// <summary>Scores two events of a contract. Linked global properties are not compared: every event may share them by design.</summary>
    /// <param name="contract">The contract the events belong to.</param>
    /// <param name="a">The first event; it is <see cref="SimilarityResult.EventA"/>.</param>
    /// <param name="b">The second event.</param>
    public static SimilarityResult Compare(Contract contract, EventDefinition a, EventDefinition b)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return SignalCalculator.Compare(EventProfile.Of(a), EventProfile.Of(b));
    }

    /// <summary>
    /// Every pair of events scoring at least <paramref name="threshold"/>. In each pair the ordinal-smaller name is
    /// event A; pairs are ordered by score (highest first), then event A, then event B (ordinal).
    /// </summary>
    public static ConsistencyReport FindPairs(Contract contract, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(contract);
        CheckThreshold(threshold);
        var profiles = contract.Events
            .Select(EventProfile.Of)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        var results = new List<SimilarityResult>();
        for (var i = 0; i < profiles.Count; i++)
        {
            for (var j = i + 1; j < profiles.Count; j++)
            {
                if (SignalCalculator.Score(profiles[i], profiles[j]) >= threshold)
                {
                    results.Add(SignalCalculator.Compare(profiles[i], profiles[j]));
                }
            }
        }

        return new ConsistencyReport(threshold, Ordered(results));
    }

    /// <summary>
    /// The events most like an event that does not exist yet (the editor while typing, MCP
    /// <c>search_similar_events</c>). Only the name and the description are known, so only the name and text
    /// signals apply. The candidate is event A; results are ordered by score, then event name.
    /// </summary>
    /// <param name="contract">The contract to search.</param>
    /// <param name="candidateName">The name being considered.</param>
    /// <param name="description">Its description, if any; blank counts as none.</param>
    /// <param name="threshold">The lowest score to report, 0 to 100.</param>
    public static ConsistencyReport FindSimilar(Contract contract, string candidateName, string? description, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(candidateName);
        CheckThreshold(threshold);
        var candidate = EventProfile.Candidate(candidateName, description);
        var results = contract.Events
            .Select(EventProfile.Of)
            .Where(p => SignalCalculator.Score(candidate, p) >= threshold)
            .Select(p => SignalCalculator.Compare(candidate, p))
            .ToList();
        return new ConsistencyReport(threshold, Ordered(results));
    }

    private static List<SimilarityResult> Ordered(List<SimilarityResult> results) =>
    [
        .. results.OrderByDescending(r => r.Score)
            .ThenBy(r => r.EventA, StringComparer.Ordinal)
            .ThenBy(r => r.EventB, StringComparer.Ordinal),
    ];

    private static void CheckThreshold(double threshold)
    {
        if (!(threshold is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold is a score from 0 to 100.");
        }
    }
}
