using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Model;

namespace Trackboard.Mcp;

/// <summary>Ranks events for a word query: name words count most, then property names, category and description.</summary>
internal static class EventSearch
{
    public static int Score(Contract contract, EventDefinition definition, IReadOnlySet<string> query)
    {
        var score = 0;
        score += 5 * Overlap(NameWords.Split(definition.EventName), query);
        score += 3 * Overlap(contract.GetMergedProperties(definition).SelectMany(p => NameWords.Split(p.Name)), query);
        score += 2 * Overlap(NameWords.Split(definition.Category ?? ""), query);
        score += Overlap(NameWords.Split(definition.Description ?? ""), query);
        return score;
    }

    private static int Overlap(IEnumerable<string> words, IReadOnlySet<string> query) =>
        words.Distinct(StringComparer.Ordinal).Count(query.Contains);
}
