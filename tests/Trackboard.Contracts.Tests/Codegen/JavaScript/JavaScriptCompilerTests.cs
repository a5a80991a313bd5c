using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.JavaScript;

public sealed class JavaScriptCompilerTests
{
    [FactRequiringTool(ExternalTools.Node, Toolchains.TypeScriptPackage)]
    public void TscCheckJs_EveryCorpusContractAndUsage_Passes()
    {
        ExternalTools.Require(ExternalTools.Node, Toolchains.TypeScriptPackage);
        using var workspace = new GeneratedWorkspace("javascript");
        var files = workspace.GenerateCorpus().ToList();
        var seed = GeneratedWorkspace.SafeName("seed-web-analytics.v1");
        Toolchains.CopySnippet("javascript", "usage.js", Path.Combine(workspace.Root, seed));
        files.Add(seed + "/usage.js");

        var result = Toolchains.Tsc(workspace.Root, files, javascript: true);

        Assert.True(result.Succeeded, result.Output);
    }

    [FactRequiringTool(ExternalTools.Node)]
    public void Node_Usage_SendsAValidEventStampedWithTheContractVersion()
    {
        ExternalTools.Require(ExternalTools.Node);
        using var workspace = new GeneratedWorkspace("javascript");
        workspace.Generate("seed-web-analytics.v1");
        Toolchains.CopySnippet("javascript", "usage.js", workspace.Root);
        File.WriteAllText(Path.Combine(workspace.Root, "package.json"), "{\"type\":\"module\"}\n");

        var result = Toolchains.Node(workspace.Root, "usage.js");

        Assert.True(result.Succeeded, result.Output);
        SentCalls.AssertValid("seed-web-analytics.v1", result.Output, expectedCalls: 1);
    }

    [FactRequiringTool(ExternalTools.Node, Toolchains.TypeScriptPackage)]
    public void TscCheckJs_WrongEnumValue_Fails() =>
        AssertRejected("wrong-enum.js", "'\"twitter\"' is not assignable");

    [FactRequiringTool(ExternalTools.Node, Toolchains.TypeScriptPackage)]
    public void TscCheckJs_MissingRequiredProperty_Fails() =>
        AssertRejected("missing-required.js", "Property 'user_id' is missing");

    private static void AssertRejected(string snippet, string expectedError)
    {
        ExternalTools.Require(ExternalTools.Node, Toolchains.TypeScriptPackage);
        using var workspace = new GeneratedWorkspace("javascript");
        var files = workspace.Generate("seed-web-analytics.v1").ToList();
        Toolchains.CopySnippet("javascript", snippet, workspace.Root);

        var result = Toolchains.Tsc(workspace.Root, [.. files, snippet], javascript: true);

        Assert.False(result.Succeeded, "tsc --checkJs accepted " + snippet);
        Assert.Contains(snippet + "(", result.Output, StringComparison.Ordinal);
        Assert.Contains(expectedError, result.Output, StringComparison.Ordinal);
    }
}
