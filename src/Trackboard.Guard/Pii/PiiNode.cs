using Trackboard.Contracts.Model;

namespace Trackboard.Guard.Pii;

/// <summary>
/// Where personal data sits below one JSON value: the members of an object (by name) whose value is personal
/// data or contains some, and the schema of array elements. Built from the contract's <c>pii</c> flags.
/// </summary>
internal sealed class PiiNode
{
    private PiiNode(bool isPii, IReadOnlyDictionary<string, PiiNode> members, PiiNode? items)
    {
        IsPii = isPii;
        Members = members;
        Items = items;
    }

    /// <summary>The whole value is personal data.</summary>
    public bool IsPii { get; }

    public IReadOnlyDictionary<string, PiiNode> Members { get; }

    public PiiNode? Items { get; }

    /// <summary>The node for an object with these properties, or null when none of them holds personal data.</summary>
    public static PiiNode? ForObject(IEnumerable<PropertyDefinition> properties)
    {
        var members = new Dictionary<string, PiiNode>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            if (For(property) is { } node)
            {
                members.TryAdd(property.Name, node);
            }
        }

        return members.Count == 0 ? null : new PiiNode(false, members, null);
    }

    private static PiiNode? For(PropertyDefinition property)
    {
        if (property.Pii)
        {
            return new PiiNode(true, new Dictionary<string, PiiNode>(), null);
        }

        var members = property.Properties is { } children ? ForObject(children)?.Members : null;
        var items = property.Items is { } itemSchema ? For(itemSchema) : null;
        return members is null && items is null ? null : new PiiNode(false, members ?? new Dictionary<string, PiiNode>(), items);
    }
}
