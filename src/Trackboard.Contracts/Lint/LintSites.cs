using System.Globalization;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// Lists what lint looks at, in model order. A position key orders findings as the contract reads:
/// global properties, events, then identify, group, page and screen; inside an event its own fields, then its
/// properties; inside a property its fields, then its nested properties, then its items.
/// </summary>
internal static class LintSites
{
    public const string GlobalsPlace = "global_properties";

    public static List<EventSite> Events(Contract contract) =>
        [.. contract.Events.Select((e, i) => new EventSite(e, i, Index("$.events", i), [1, i]))];

    public static List<PropertySite> Properties(Contract contract)
    {
        var sites = new List<PropertySite>();
        Walk(sites, contract.GlobalProperties, "$.global_properties", [0], null, GlobalsPlace, null, false);
        for (var i = 0; i < contract.Events.Count; i++)
        {
            var definition = contract.Events[i];
            Walk(sites, definition.Properties, Index("$.events", i) + ".properties", [1, i, 1], definition.EventName, definition.EventName, null, false);
        }

        var sections = new (CallSection? Section, string Key, string Member, string Name)[]
        {
            (contract.Identify, "identify", "traits", EventView.IdentifyName),
            (contract.Group, "group", "traits", EventView.GroupName),
            (contract.Page, "page", "properties", EventView.PageName),
            (contract.Screen, "screen", "properties", EventView.ScreenName),
        };
        for (var s = 0; s < sections.Length; s++)
        {
            var (section, key, member, name) = sections[s];
            if (section is not null)
            {
                Walk(sites, section.Properties, $"$.{key}.{member}", [2 + s], name, name, null, false);
            }
        }

        return sites;
    }

    /// <summary>The path and key of a field of an event: order 0 event_name, 1 description, 2 owner.</summary>
    public static (string Path, int[] Key) Field(EventSite site, string field, int order) => (site.Path + "." + field, [.. site.Key, 0, order]);

    /// <summary>The path and key of a field of a property: order 0 name, 1 type, 2 description, 3 pii.</summary>
    public static (string Path, int[] Key) Field(PropertySite site, string field, int order) => (site.Path + "." + field, [.. site.Key, 0, order]);

    public static int Compare(int[] a, int[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length.CompareTo(b.Length);
    }

    private static void Walk(List<PropertySite> sites, IReadOnlyList<PropertyDefinition> properties, string listPath, int[] listKey,
        string? eventName, string place, string? parent, bool underPii)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var path = Index(listPath, i);
            int[] key = [.. listKey, i];
            var propertyPath = PropertyPaths.Child(parent, property.Name);
            sites.Add(new PropertySite(property, path, key, eventName, propertyPath, place, underPii));
            Children(sites, property, path, key, eventName, place, propertyPath, underPii || property.Pii);
        }
    }

    private static void Children(List<PropertySite> sites, PropertyDefinition property, string path, int[] key,
        string? eventName, string place, string propertyPath, bool underPii)
    {
        if (property.Properties is { } nested)
        {
            Walk(sites, nested, path + ".properties", [.. key, 1], eventName, place, propertyPath, underPii);
        }

        if (property.Items is { } items)
        {
            Children(sites, items, path + ".items", [.. key, 2], eventName, place, PropertyPaths.Items(propertyPath), underPii || items.Pii);
        }
    }

    private static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
