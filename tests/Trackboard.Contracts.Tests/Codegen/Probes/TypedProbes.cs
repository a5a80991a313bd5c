using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// Probe programs under <c>TestData/codegen-typed/probes/&lt;contract&gt;/</c>: per target a <c>Probe</c> that calls
/// the generated helpers through a recording client, and one <c>expected.json</c> of what every target's client
/// must receive. Negative snippets (that must not compile against the seed contract) sit in <c>negative/</c>.
/// </summary>
internal static class TypedProbes
{
    public static TheoryData<string> Contracts => [.. Directory.GetDirectories(Root).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public static string Root => TestPaths.TestData("codegen-typed", "probes");

    public static string File(string contract, string name) => Path.Combine(Root, contract, name);

    public static string Shared(string name) => Path.Combine(Root, name);

    public static string Negative(string name) => TestPaths.TestData("codegen-typed", "negative", name);

    /// <summary>File names of the negative snippets with an extension (<c>.java</c>), in ordinal order.</summary>
    public static IEnumerable<string> NegativeSnippets(string extension) =>
        Directory.GetFiles(TestPaths.TestData("codegen-typed", "negative"), "*" + extension).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal);

    public static string Expected(string contract) => System.IO.File.ReadAllText(File(contract, "expected.json"));
}
