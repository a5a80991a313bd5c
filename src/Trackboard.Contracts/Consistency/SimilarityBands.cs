namespace Trackboard.Contracts.Consistency;

/// <summary>The score bands of semantic consistency and their names.</summary>
public static class SimilarityBands
{
    /// <summary>The lowest score of <see cref="SimilarityBand.DuplicateLikely"/>.</summary>
    public const double DuplicateLikelyMin = 82;

    /// <summary>The lowest score of <see cref="SimilarityBand.PossiblyRelated"/>.</summary>
    public const double PossiblyRelatedMin = 65;

    /// <summary>The band of a score out of 100.</summary>
    public static SimilarityBand Of(double score) => score switch
    {
        >= DuplicateLikelyMin => SimilarityBand.DuplicateLikely,
        >= PossiblyRelatedMin => SimilarityBand.PossiblyRelated,
        _ => SimilarityBand.WeakSignal,
    };

    /// <summary>The band's name in reports: <c>duplicate_likely</c>, <c>possibly_related</c> or <c>weak_signal</c>.</summary>
    public static string Name(SimilarityBand band) => band switch
    {
        SimilarityBand.DuplicateLikely => "duplicate_likely",
        SimilarityBand.PossiblyRelated => "possibly_related",
        _ => "weak_signal",
    };
}
