namespace Trackboard.Cli.Status;

/// <summary>
/// A language <c>trackboard status</c> scans: its file extensions, the codegen targets whose helpers its code
/// calls, and how to skip its comments and strings (null: C#, parsed with Roslyn).
/// </summary>
internal sealed record SourceLanguage(string Name, IReadOnlyList<string> Extensions, IReadOnlyList<string> Targets, LexicalRules? Rules)
{
    public static IReadOnlyList<SourceLanguage> All { get; } =
    [
        new("typescript", [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"], ["typescript", "javascript"],
            new LexicalRules { SlashComments = true, TemplateLiterals = true }),
        new("python", [".py", ".pyi"], ["python"],
            new LexicalRules { HashComments = true, TripleQuotes = true, PythonPrefixes = true }),
        new("go", [".go"], ["go"], new LexicalRules { SlashComments = true, RawBackticks = true }),
        new("java", [".java"], ["java"], new LexicalRules { SlashComments = true, TripleQuotes = true }),
        new("kotlin", [".kt", ".kts"], ["kotlin", "java"],
            new LexicalRules { SlashComments = true, NestedBlockComments = true, TripleQuotes = true, RawTripleQuotes = true, DollarBraceHoles = true }),
        new("csharp", [".cs"], ["csharp"], null),
    ];

    public static SourceLanguage? ForFile(string path)
    {
        var extension = Path.GetExtension(path);
        return All.FirstOrDefault(l => l.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
