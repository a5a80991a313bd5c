using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>
/// A draft's properties and links grouped by event, built in one pass, for walks over the whole draft (build, plan
/// read): asking <see cref="DraftState"/> per event scans every row each time, quadratic in the plan's size.
/// Valid while the draft's rows do not change.
/// </summary>
internal sealed class DraftIndex
{
    private readonly DraftState _state;
    private readonly ILookup<Guid, PlanProperty> _properties;
    private readonly ILookup<Guid, Guid> _links;
    private readonly Dictionary<Guid, string> _names;

    public DraftIndex(DraftState state)
    {
        _state = state;
        _properties = state.Properties.Where(p => p.EventId is not null).ToLookup(p => p.EventId!.Value);
        _links = state.Links.ToLookup(l => l.EventId, l => l.PropertyId);
        _names = state.Properties.ToDictionary(p => p.Id, p => p.Name);
    }

    /// <summary>The same rows in the same order as <see cref="DraftState.PropertiesOf"/>.</summary>
    public IEnumerable<PlanProperty> PropertiesOf(Guid eventId) =>
        _properties[eventId]
            .OrderBy(p => _state.OrderHints.TryGetValue(p.Id, out var hint) ? hint : int.MaxValue)
            .ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id);

    /// <summary>The same names as <see cref="DraftState.LinkNamesOf"/>.</summary>
    public IReadOnlyList<string> LinkNamesOf(Guid eventId) =>
        _state.LinkOverrides.TryGetValue(eventId, out var names)
            ? names
            : [.. _links[eventId].Distinct().Where(_names.ContainsKey).Select(id => _names[id]).Order(StringComparer.Ordinal)];
}
