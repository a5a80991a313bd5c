using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.Policy;

/// <summary>
/// The decisions of one committed call, counted once and read by <c>/metrics</c> and by the call's trace span alike.
/// <see cref="Accepted"/> includes warned and stripped events: they are queued too.
/// </summary>
internal struct DecisionTally
{
    public int Accepted;
    public int Blocked;
    public int Warned;
    public int Stripped;
    public int Duplicate;

    public void Add(Decision decision)
    {
        switch (decision)
        {
            case Decision.Duplicate:
                Duplicate++;
                break;
            case Decision.Blocked:
                Blocked++;
                break;
            case Decision.Warned:
                Warned++;
                Accepted++;
                break;
            case Decision.Stripped:
                Stripped++;
                Accepted++;
                break;
            default:
                Accepted++;
                break;
        }
    }

    public readonly void AddTo(GuardMetrics metrics)
    {
        metrics.Accepted.Add(Accepted);
        metrics.Blocked.Add(Blocked);
        metrics.Warned.Add(Warned);
        metrics.Stripped.Add(Stripped);
        metrics.Deduplicated.Add(Duplicate);
    }
}
