namespace Trackboard.Contracts.Diff;

/// <summary>The names of <see cref="CompatibilityMode"/> as written in config and on the command line.</summary>
public static class CompatibilityModes
{
    private static readonly (CompatibilityMode Mode, string Name)[] s_names =
    [
        (CompatibilityMode.Backward, "backward"),
        (CompatibilityMode.BackwardTransitive, "backward_transitive"),
        (CompatibilityMode.Forward, "forward"),
        (CompatibilityMode.ForwardTransitive, "forward_transitive"),
        (CompatibilityMode.Full, "full"),
        (CompatibilityMode.FullTransitive, "full_transitive"),
        (CompatibilityMode.None, "none"),
    ];

    /// <summary>Every name, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. s_names.Select(n => n.Name)];

    /// <summary>The snake_case name of a mode, such as <c>backward_transitive</c>.</summary>
    public static string Name(CompatibilityMode mode) =>
        s_names.First(n => n.Mode == mode).Name;

    /// <summary>Parses a name, ignoring case; Confluent's upper-case names (<c>FULL_TRANSITIVE</c>) work too.</summary>
    public static bool TryParse(string? name, out CompatibilityMode mode)
    {
        foreach (var (candidate, text) in s_names)
        {
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = CompatibilityMode.Backward;
        return false;
    }

    internal static bool IsTransitive(CompatibilityMode mode) =>
        mode is CompatibilityMode.BackwardTransitive or CompatibilityMode.ForwardTransitive or CompatibilityMode.FullTransitive;

    internal static IReadOnlyList<CompatibilityDirection> Directions(CompatibilityMode mode) => mode switch
    {
        CompatibilityMode.Backward or CompatibilityMode.BackwardTransitive => [CompatibilityDirection.Backward],
        CompatibilityMode.Forward or CompatibilityMode.ForwardTransitive => [CompatibilityDirection.Forward],
        CompatibilityMode.Full or CompatibilityMode.FullTransitive => [CompatibilityDirection.Backward, CompatibilityDirection.Forward],
        _ => [],
    };
}
