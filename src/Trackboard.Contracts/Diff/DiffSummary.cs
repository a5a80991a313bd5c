namespace Trackboard.Contracts.Diff;

/// <summary>How many changes of each severity a diff found (ignored changes are not counted).</summary>
/// <param name="BreakingCount">Breaking changes.</param>
/// <param name="SafeCount">Safe changes.</param>
/// <param name="InformationalCount">Informational changes.</param>
public sealed record DiffSummary(int BreakingCount, int SafeCount, int InformationalCount)
{
    /// <summary>All counted changes.</summary>
    public int Total => BreakingCount + SafeCount + InformationalCount;

    internal static DiffSummary Of(IEnumerable<Change> changes)
    {
        int breaking = 0, safe = 0, informational = 0;
        foreach (var change in changes)
        {
            switch (change.Severity)
            {
                case ChangeSeverity.Breaking:
                    breaking++;
                    break;
                case ChangeSeverity.Safe:
                    safe++;
                    break;
                default:
                    informational++;
                    break;
            }
        }

        return new DiffSummary(breaking, safe, informational);
    }
}
