using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Lint;

/// <summary>A named property anywhere in the contract, with its JSON path and position key.</summary>
/// <param name="Property">The property.</param>
/// <param name="Path">Its JSON path, such as <c>$.events[2].properties[0]</c>.</param>
/// <param name="Key">Its position key.</param>
/// <param name="Event">Its event, call section name (<c>$identify</c>), or null for a global property.</param>
/// <param name="PropertyPath">Its path below the properties: <c>cart.items[].sku</c>.</param>
/// <param name="Place">Where it is, for messages: the event name, <c>$identify</c>, or <c>global_properties</c>.</param>
/// <param name="UnderPii">True when an enclosing property is marked <c>pii: true</c>.</param>
internal sealed record PropertySite(PropertyDefinition Property, string Path, int[] Key, string? Event, string PropertyPath, string Place, bool UnderPii);
