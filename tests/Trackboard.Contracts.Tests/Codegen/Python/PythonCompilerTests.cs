using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Python;

public sealed class PythonCompilerTests
{
    [FactRequiringTool(ExternalTools.Mypy)]
    public void MypyStrict_EveryCorpusContract_Passes()
    {
        ExternalTools.Require(ExternalTools.Mypy);
        using var workspace = new GeneratedWorkspace("python");
        var failures = new List<string>();

        foreach (var name in CodegenCorpus.Names)
        {
            var directory = Path.Combine(workspace.Root, GeneratedWorkspace.SafeName(name));
            var files = workspace.Generate(name, GeneratedWorkspace.SafeName(name)).Select(f => Path.Combine(workspace.Root, f)).ToList();
            var result = Toolchains.Mypy(directory, files);
            if (!result.Succeeded)
            {
                failures.Add(name + ":\n" + result.Output);
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [FactRequiringTool(ExternalTools.Mypy)]
    public void MypyAndPython_Usage_PassesAndSendsAValidStampedEvent()
    {
        ExternalTools.Require(ExternalTools.Mypy);
        using var workspace = new GeneratedWorkspace("python");
        var files = workspace.Generate("seed-web-analytics.v1");
        Toolchains.CopySnippet("python", "usage.py", workspace.Root);

        var check = Toolchains.Mypy(workspace.Root, [.. files, "usage.py"]);
        var run = Toolchains.Python(workspace.Root, "usage.py");

        Assert.True(check.Succeeded, check.Output);
        Assert.True(run.Succeeded, run.Output);
        SentCalls.AssertValid("seed-web-analytics.v1", run.Output, expectedCalls: 1);
    }

    [FactRequiringTool(ExternalTools.Mypy)]
    public void Python_SyntheticModule_Imports()
    {
        ExternalTools.Require(ExternalTools.Mypy);
        using var workspace = new GeneratedWorkspace("python");
        workspace.Generate("synthetic");
        File.WriteAllText(Path.Combine(workspace.Root, "check.py"), "import trackboard\nprint(trackboard.CONTRACT_VERSION)\n");

        var run = Toolchains.Python(workspace.Root, "check.py");

        Assert.True(run.Succeeded, run.Output);
        Assert.Equal("version_7", run.Output.Trim());
    }

    [FactRequiringTool(ExternalTools.Mypy)]
    public void MypyStrict_WrongEnumValue_Fails() =>
        AssertRejected("wrong-enum.py", "\"Literal['twitter']\"");

    [FactRequiringTool(ExternalTools.Mypy)]
    public void MypyStrict_MissingRequiredProperty_Fails() =>
        AssertRejected("missing-required.py", "Missing key \"user_id\"");

    private static void AssertRejected(string snippet, string expectedError)
    {
        ExternalTools.Require(ExternalTools.Mypy);
        using var workspace = new GeneratedWorkspace("python");
        var files = workspace.Generate("seed-web-analytics.v1");
        Toolchains.CopySnippet("python", snippet, workspace.Root);

        var result = Toolchains.Mypy(workspace.Root, [.. files, snippet]);

        Assert.False(result.Succeeded, "mypy accepted " + snippet);
        Assert.Contains(snippet + ":", result.Output, StringComparison.Ordinal);
        Assert.Contains(expectedError, result.Output, StringComparison.Ordinal);
    }
}
