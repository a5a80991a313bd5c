using System.Text.Json.Nodes;
using Trackboard.Contracts.Consistency;
using Trackboard.Contracts.Model;

namespace Trackboard.Server.Branches;

/// <summary>
/// The merge-request review's consistency findings (DESIGN §5): each event the branch adds or renames, scored against
/// the events it already had, so a reviewer sees "this looks like a duplicate of X" before it reaches main.
/// </summary>
internal static class ConsistencyFindings
{
    public static JsonArray For(Contract? baseline, Contract branch)
    {
        var before = (baseline?.Events ?? []).Select(e => e.EventName).ToHashSet(StringComparer.Ordinal);
        var added = branch.Events.Where(e => !before.Contains(e.EventName)).OrderBy(e => e.EventName, StringComparer.Ordinal).ToList();
        var existing = branch.Events.Where(e => before.Contains(e.EventName)).ToList();
        var findings = added
            .SelectMany(a => existing.Select(e => ConsistencyScorer.Compare(branch, a, e)))
            .Where(r => r.Score >= ConsistencyScorer.DefaultThreshold)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.EventA, StringComparer.Ordinal)
            .ThenBy(r => r.EventB, StringComparer.Ordinal);
        return new JsonArray([.. findings.Select(r => JsonNode.Parse(r.ToJson()))]);
    }
}
