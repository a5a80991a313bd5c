using System.Globalization;
using Trackboard.Contracts.Consistency;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// EVENT_SEMANTIC_DUPLICATE: every pair of events scoring at least the consistency threshold
/// (<see cref="ConsistencyScorer.FindPairs"/>), reported once, on the event that comes later in the contract.
/// Pairs with a deprecated event are skipped: deprecating the old name is how an event is renamed.
/// </summary>
internal static class SemanticDuplicateRule
{
    public static void Check(LintContext context)
    {
        if (!context.Enabled(LintRules.EventSemanticDuplicate))
        {
            return;
        }

        var sites = new Dictionary<string, EventSite>(StringComparer.Ordinal);
        foreach (var site in context.Events)
        {
            sites.TryAdd(site.Definition.EventName, site);
        }

        foreach (var pair in ConsistencyScorer.FindPairs(context.Contract, context.Options.ConsistencyThreshold).Results)
        {
            var (a, b) = (sites[pair.EventA], sites[pair.EventB]);
            if (a.Definition.Status == EventStatus.Deprecated || b.Definition.Status == EventStatus.Deprecated)
            {
                continue;
            }

            var (earlier, later) = a.Index < b.Index ? (a, b) : (b, a);
            context.Add(LintRules.EventSemanticDuplicate, later, "event_name", 0,
                $"Event '{later.Definition.EventName}' looks like a duplicate of '{earlier.Definition.EventName}' "
                + $"(score {pair.Score.ToString(CultureInfo.InvariantCulture)}, {SimilarityBands.Name(pair.Band)}{Evidence(pair)}); "
                + "merge them, or make the difference clear in their names and descriptions.");
        }
    }

    private static string Evidence(SimilarityResult pair)
    {
        var parts = new List<string>();
        Add(parts, pair, ConsistencySignals.NameTokens, "shared name tokens");
        Add(parts, pair, ConsistencySignals.PropertyNames, "shared properties");
        return parts.Count == 0 ? "" : "; " + string.Join("; ", parts);
    }

    private static void Add(List<string> parts, SimilarityResult pair, string signal, string label)
    {
        var shared = pair.Signals.First(s => s.Signal == signal).Evidence.FirstOrDefault(e => e.Kind == "shared");
        if (shared is not null)
        {
            parts.Add(label + ": " + string.Join(", ", shared.Values));
        }
    }
}
