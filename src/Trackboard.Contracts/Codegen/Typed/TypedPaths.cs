namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>
/// Paths that name nested types: <c>event.property</c>, <c>event.list[]</c> for array items and
/// <c>$identify</c>, <c>$group</c>, <c>$page</c>, <c>$screen</c> for call sections. A segment with
/// <c>. [ ] ' $ \</c> in it is quoted as <c>['…']</c>, so two different places never share a path.
/// </summary>
internal static class TypedPaths
{
    public static string Root(string name) => Segment(name);

    public static string Section(CallKind kind) => "$" + kind.ToString().ToLowerInvariant();

    public static string Child(string parent, string name) => parent + (NeedsQuotes(name) ? "" : ".") + Segment(name);

    public static string Items(string parent) => parent + "[]";

    private static string Segment(string name) =>
        NeedsQuotes(name) ? "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']" : name;

    private static bool NeedsQuotes(string name) => name.Length == 0 || name.AsSpan().IndexOfAny(".[]'$\\") >= 0;
}
