using System.Runtime.CompilerServices;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen;

/// <summary>
/// Language-neutral facts every target needs, computed once per (immutable) model instance and kept for as long
/// as that instance lives: generating all ten targets asked for each event's merged properties, each object's
/// members in name order and each name's words once per target. Keys are instances, never values, so a
/// contract changed with <c>with { ... }</c> (a new instance) never sees an old answer.
/// </summary>
internal static class SharedFacts
{
    private static readonly ConditionalWeakTable<EventDefinition, MergedEntry> s_merged = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<PropertyDefinition>, IReadOnlyList<PropertyDefinition>> s_sorted = new();

    /// <summary><see cref="Contract.GetMergedProperties"/>, kept per event for the contract's global property list.</summary>
    public static IReadOnlyList<PropertyDefinition> MergedProperties(Contract contract, EventDefinition definition)
    {
        if (s_merged.TryGetValue(definition, out var entry) && ReferenceEquals(entry.Globals, contract.GlobalProperties))
        {
            return entry.Properties;
        }

        var properties = contract.GetMergedProperties(definition);
        s_merged.AddOrUpdate(definition, new MergedEntry(contract.GlobalProperties, properties));
        return properties;
    }

    /// <summary>The properties in ordinal name order (stable for equal names); the list itself when it already is.</summary>
    public static IReadOnlyList<PropertyDefinition> ByName(IReadOnlyList<PropertyDefinition> properties)
    {
        if (IsSorted(properties))
        {
            return properties;
        }

        return s_sorted.GetValue(properties, static list => [.. list.OrderBy(p => p.Name, StringComparer.Ordinal)]);
    }

    private static bool IsSorted(IReadOnlyList<PropertyDefinition> properties)
    {
        for (var i = 1; i < properties.Count; i++)
        {
            if (string.CompareOrdinal(properties[i - 1].Name, properties[i].Name) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private sealed record MergedEntry(IReadOnlyList<PropertyDefinition> Globals, IReadOnlyList<PropertyDefinition> Properties);
}
