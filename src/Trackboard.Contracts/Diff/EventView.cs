using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Diff;

/// <summary>
/// An event as the diff compares it: its fields and its merged (local + linked global) properties. The
/// identify, group, page and screen sections become views named <c>$identify</c>, <c>$group</c>,
/// <c>$page</c> and <c>$screen</c>.
/// </summary>
internal sealed record EventView(
    string Name,
    string PayloadKey,
    EventStatus Status,
    string? Description,
    string? Category,
    ImplementationGuidance? Guidance,
    string? Owner,
    IReadOnlyList<PropertyDefinition> Properties)
{
    public const string IdentifyName = "$identify";
    public const string GroupName = "$group";
    public const string PageName = "$page";
    public const string ScreenName = "$screen";

    /// <summary>Every view of a contract by name; the first definition wins if a name repeats.</summary>
    public static Dictionary<string, EventView> Of(Contract contract)
    {
        var views = new Dictionary<string, EventView>(StringComparer.Ordinal);
        foreach (var definition in contract.Events)
        {
            views.TryAdd(definition.EventName, new EventView(
                definition.EventName,
                "properties",
                definition.Status,
                definition.Description,
                definition.Category,
                definition.ImplementationGuidance,
                definition.Owner,
                contract.GetMergedProperties(definition)));
        }

        AddSection(views, IdentifyName, "traits", contract.Identify);
        AddSection(views, GroupName, "traits", contract.Group);
        AddSection(views, PageName, "properties", contract.Page);
        AddSection(views, ScreenName, "properties", contract.Screen);
        return views;
    }

    private static void AddSection(Dictionary<string, EventView> views, string name, string payloadKey, CallSection? section)
    {
        if (section is not null)
        {
            views.TryAdd(name, new EventView(name, payloadKey, EventStatus.Active, null, null, null, null, section.Properties));
        }
    }
}
