namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>Builds a target's per-scope naming: its reserved words plus the member names a scope has built in.</summary>
internal static class TargetNamings
{
    public static TargetNaming With(TargetNaming naming, params string[] builtIns) =>
        naming with { ReservedWords = new HashSet<string>(naming.ReservedWords.Concat(builtIns), StringComparer.Ordinal) };

    public static HashSet<string> Words(params string[] words) => new(words, StringComparer.Ordinal);
}
