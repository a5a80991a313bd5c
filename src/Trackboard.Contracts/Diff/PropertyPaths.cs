namespace Trackboard.Contracts.Diff;

/// <summary>
/// Builds property paths the way validation violations write payload paths: dotted names, <c>[]</c> for
/// every array element, and <c>['k']</c> for names that are empty or contain <c>. [ ] '</c>.
/// </summary>
internal static class PropertyPaths
{
    public static string Child(string? parent, string name)
    {
        if (NeedsQuotes(name))
        {
            return (parent ?? "") + Quote(name);
        }

        return parent is null ? name : parent + "." + name;
    }

    public static string Items(string parent) => parent + "[]";

    /// <summary>The path of a property inside the payload, such as <c>properties.cart.items[]</c>.</summary>
    public static string InPayload(string payloadKey, string propertyPath) =>
        propertyPath.StartsWith('[') ? payloadKey + propertyPath : payloadKey + "." + propertyPath;

    private static bool NeedsQuotes(string name) => name.Length == 0 || name.AsSpan().IndexOfAny(".[]'") >= 0;

    // Same quoting as validation's PathStack, so diff and violation paths read alike.
    private static string Quote(string name) => "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";
}
