using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.TypeScript;

public sealed class TypeScriptCompilerTests
{
    [FactRequiringTool(ExternalTools.Node, Toolchains.TypeScriptPackage)]
    public void Tsc_EveryCorpusContractAndUsage_Compiles()
    {
        ExternalTools.Require(ExternalTools.Node, Toolchains.TypeScriptPackage);
        using var workspace = new GeneratedWorkspace("typescript");
        var files = workspace.GenerateCorpus().ToList();
        var seed = GeneratedWorkspace.SafeName("seed-web-analytics.v1");
        Toolchains.CopySnippet("typescript", "usage.ts", Path.Combine(workspace.Root, seed));
        files.Add(seed + "/usage.ts");

        var result = Toolchains.Tsc(workspace.Root, files, javascript: false);

        Assert.True(result.Succeeded, result.Output);
    }

    [FactRequiringTool(ExternalTools.Node, Toolchains.TypeScriptPackage)]
    public void Tsc_WrongEnumValue_FailsToCompile() =>
        AssertRejected("wrong-enum.ts", "'\"twitter\"' is not assignable");

    [FactRequiringTool(ExternalTools.Node, Toolchains.TypeScriptPackage)]
    public void Tsc_MissingRequiredProperty_FailsToCompile() =>
        AssertRejected("missing-required.ts", "Property 'user_id' is missing");

    private static void AssertRejected(string snippet, string expectedError)
    {
        ExternalTools.Require(ExternalTools.Node, Toolchains.TypeScriptPackage);
        using var workspace = new GeneratedWorkspace("typescript");
        var files = workspace.Generate("seed-web-analytics.v1").ToList();
        Toolchains.CopySnippet("typescript", snippet, workspace.Root);

        var result = Toolchains.Tsc(workspace.Root, [.. files, snippet], javascript: false);

        Assert.False(result.Succeeded, "tsc accepted " + snippet);
        Assert.Contains(snippet + "(", result.Output, StringComparison.Ordinal);
        Assert.Contains(expectedError, result.Output, StringComparison.Ordinal);
    }
}
