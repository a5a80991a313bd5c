using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Go;

public sealed class GoCompilerTests
{
    [FactRequiringTool(ExternalTools.Go)]
    public void GoVetAndBuild_EveryCorpusContract_Pass()
    {
        ExternalTools.Require(ExternalTools.Go);
        using var workspace = new GeneratedWorkspace("go");
        Toolchains.InitGoModule(workspace.Root);
        workspace.GenerateCorpus();

        var vet = Toolchains.Go(workspace.Root, "vet", "./...");
        var build = Toolchains.Go(workspace.Root, "build", "./...");

        Assert.True(vet.Succeeded, vet.Output);
        Assert.True(build.Succeeded, build.Output);
    }

    [FactRequiringTool(ExternalTools.Go)]
    public void GoRun_Usage_SendsAValidStampedEvent() =>
        AssertRuns("seed-web-analytics.v1", "usage.go");

    [FactRequiringTool(ExternalTools.Go)]
    public void GoRun_SyntheticNestedArraysAndOddKeys_SendsAValidEvent() =>
        AssertRuns("synthetic", "synthetic-order.go");

    [FactRequiringTool(ExternalTools.Go)]
    public void GoBuild_UntypedStringForEnum_FailsToCompile() =>
        AssertRejected("wrong-enum.go", "(variable of type string) as type trackboard.SignupCompletedSignupMethod");

    [FactRequiringTool(ExternalTools.Go)]
    public void GoBuild_WrongPropertyType_FailsToCompile() =>
        AssertRejected("wrong-type.go", "cannot use 42");

    private static void AssertRuns(string contract, string snippet)
    {
        ExternalTools.Require(ExternalTools.Go);
        using var workspace = Module(contract, snippet);

        var vet = Toolchains.Go(workspace.Root, "vet", "./...");
        var run = Toolchains.Go(workspace.Root, "run", "./cmd/app");

        Assert.True(vet.Succeeded, vet.Output);
        Assert.True(run.Succeeded, run.Output);
        SentCalls.AssertValid(contract, run.Output, expectedCalls: 1);
    }

    private static void AssertRejected(string snippet, string expectedError)
    {
        ExternalTools.Require(ExternalTools.Go);
        using var workspace = Module("seed-web-analytics.v1", snippet);

        var build = Toolchains.Go(workspace.Root, "build", "./...");

        Assert.False(build.Succeeded, "go build accepted " + snippet);
        Assert.Contains("main.go:", build.Output, StringComparison.Ordinal);
        Assert.Contains(expectedError, build.Output, StringComparison.Ordinal);
    }

    private static GeneratedWorkspace Module(string contract, string snippet)
    {
        var workspace = new GeneratedWorkspace("go");
        Toolchains.InitGoModule(workspace.Root);
        workspace.Generate(contract, "trackboard");
        Directory.CreateDirectory(Path.Combine(workspace.Root, "cmd", "app"));
        Toolchains.CopySnippet("go", snippet, Path.Combine(workspace.Root, "cmd", "app"), "main.go");
        return workspace;
    }
}
