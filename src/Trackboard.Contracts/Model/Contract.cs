using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Trackboard.Contracts.Model;

/// <summary>A <c>trackboard.contract.v1</c> document: a published version of a tracking plan.</summary>
public sealed record Contract
{
    /// <summary>The only supported <c>format_version</c>.</summary>
    public const string FormatVersionV1 = "trackboard.contract.v1";

    // Lookup indexes live outside the record, keyed by the list they index: a cached field would be
    // copied by `with { Events = ... }` (answering from the old list) and would take part in equality.
    private static readonly ConditionalWeakTable<IReadOnlyList<EventDefinition>, FrozenDictionary<string, EventDefinition>> s_eventIndexes = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<PropertyDefinition>, FrozenDictionary<string, PropertyDefinition>> s_globalIndexes = new();

    /// <summary>Always <see cref="FormatVersionV1"/>.</summary>
    public string FormatVersion { get; init; } = FormatVersionV1;

    /// <summary>Plan id.</summary>
    public string? PlanId { get; init; }

    /// <summary>Version id.</summary>
    public string? VersionId { get; init; }

    /// <summary>Version number.</summary>
    public long? VersionNumber { get; init; }

    /// <summary>Plan name.</summary>
    public string? Name { get; init; }

    /// <summary>Plan description.</summary>
    public string? Description { get; init; }

    /// <summary>Publication time, RFC 3339 UTC, as written.</summary>
    public string? PublishedAt { get; init; }

    /// <summary>The hash as written in the file, if any; <c>ContractHasher</c> computes the true one.</summary>
    public string? Hash { get; init; }

    /// <summary>Global properties, linkable by events.</summary>
    public IReadOnlyList<PropertyDefinition> GlobalProperties { get; init; } = [];

    /// <summary>Events.</summary>
    public IReadOnlyList<EventDefinition> Events { get; init; } = [];

    /// <summary>Traits of identify calls, when the plan defines them.</summary>
    public CallSection? Identify { get; init; }

    /// <summary>Traits of group calls, when the plan defines them.</summary>
    public CallSection? Group { get; init; }

    /// <summary>Properties of page calls, when the plan defines them.</summary>
    public CallSection? Page { get; init; }

    /// <summary>Properties of screen calls, when the plan defines them.</summary>
    public CallSection? Screen { get; init; }

    /// <summary>Finds an event by exact name.</summary>
    public EventDefinition? FindEvent(string eventName)
    {
        ArgumentNullException.ThrowIfNull(eventName);
        var index = s_eventIndexes.GetValue(Events, static events => events.GroupBy(e => e.EventName, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        return index.GetValueOrDefault(eventName);
    }

    /// <summary>
    /// The event's local properties and its linked globals, in ordinal name order. Links to missing
    /// globals and names already declared locally are skipped (the loader reports them).
    /// </summary>
    public IReadOnlyList<PropertyDefinition> GetMergedProperties(EventDefinition eventDefinition)
    {
        ArgumentNullException.ThrowIfNull(eventDefinition);
        var globalsByName = s_globalIndexes.GetValue(GlobalProperties, static globals => globals.GroupBy(p => p.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        var merged = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in eventDefinition.Properties)
        {
            merged.TryAdd(property.Name, property);
        }

        foreach (var link in eventDefinition.GlobalProperties)
        {
            if (globalsByName.TryGetValue(link, out var global))
            {
                merged.TryAdd(link, global);
            }
        }

        return [.. merged.Values.OrderBy(p => p.Name, StringComparer.Ordinal)];
    }
}
