using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// PROPERTY_TYPE_CONFLICT: properties with the same path (<c>total</c>, <c>cart.items[].sku</c>) in events,
/// global properties and call sections should have one type. The type most of them have wins (ties: the first
/// in document order); every property with another type gets a finding.
/// </summary>
internal static class PropertyTypeConflictRule
{
    private const int PlacesShown = 5;

    public static void Check(LintContext context)
    {
        if (!context.Enabled(LintRules.PropertyTypeConflict))
        {
            return;
        }

        foreach (var group in context.Properties.GroupBy(p => p.PropertyPath, StringComparer.Ordinal))
        {
            var sites = group.ToList();
            var byType = sites.GroupBy(s => s.Property.Type).ToList();
            if (byType.Count < 2)
            {
                continue;
            }

            // GroupBy keeps first-occurrence order, so the stable sort leaves ties in document order.
            var winner = byType.OrderByDescending(g => g.Count()).First();
            var expected = TypeRules.Name(winner.Key);
            var places = winner.Select(s => s.Place).Distinct(StringComparer.Ordinal).ToList();
            var shown = string.Join(", ", places.Take(PlacesShown)) + (places.Count > PlacesShown ? $" and {places.Count - PlacesShown} more" : "");
            foreach (var site in sites.Where(s => s.Property.Type != winner.Key))
            {
                context.Add(LintRules.PropertyTypeConflict, site, "type", 1,
                    $"Property '{site.PropertyPath}' is {TypeRules.Name(site.Property.Type)} in {site.Place} but {expected} in {shown}; "
                    + "give one name one type, or rename one of them.");
            }
        }
    }
}
