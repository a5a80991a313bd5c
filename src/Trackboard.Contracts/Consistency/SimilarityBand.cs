namespace Trackboard.Contracts.Consistency;

/// <summary>How strongly two events look alike; see <see cref="SimilarityBands"/> for the score bands.</summary>
public enum SimilarityBand
{
    /// <summary>Below 65: <c>weak_signal</c>.</summary>
    WeakSignal,

    /// <summary>65 up to 82: <c>possibly_related</c>.</summary>
    PossiblyRelated,

    /// <summary>82 and above: <c>duplicate_likely</c>.</summary>
    DuplicateLikely,
}
