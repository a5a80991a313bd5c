using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Action;

/// <summary>
/// Runs the action's step (actions/contract-check/check.sh, which action.yml calls) as GitHub would, with
/// GITHUB_STEP_SUMMARY and GITHUB_OUTPUT pointing at temporary files.
/// </summary>
[Collection(CliBuildCollection.Name)]
public sealed class ContractCheckActionTests
{
    private static string Script => Path.Combine(TestPaths.RepositoryRoot, "actions", "contract-check", "check.sh");

    [Fact]
    public void ActionYml_RunsCheckScriptAndDeclaresTheIssueInputsAndOutputs()
    {
        var yaml = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "actions", "contract-check", "action.yml"));

        Assert.Contains("using: composite", yaml, StringComparison.Ordinal);
        Assert.Contains("uses: actions/setup-dotnet@", yaml, StringComparison.Ordinal);
        Assert.Contains("$GITHUB_ACTION_PATH/check.sh", yaml, StringComparison.Ordinal);
        foreach (var name in new[] { "base-contract:", "head-contract:", "against:", "fail-on:", "compat:", "breaking:", "breaking-count:", "summary-json:" })
        {
            Assert.Contains("  " + name, yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_BreakingChange_Exits2WritesSummaryOutputsAndAnnotations()
    {
        using var temp = new TempDirectory();

        var run = RunCheck(temp, new() { ["INPUT_BASE_CONTRACT"] = Seeds.ContractV1, ["INPUT_HEAD_CONTRACT"] = Seeds.ContractBreaking });

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
        Assert.StartsWith("### Trackboard contract diff\n\n**Breaking:** 3 breaking", File.ReadAllText(temp.File("summary.md")), StringComparison.Ordinal);
        Assert.Equal(
            "breaking=true\nbreaking-count=3\nsummary-json={\"breaking\":true,\"breaking_count\":3,\"informational_count\":1,\"safe_count\":0}\n",
            File.ReadAllText(temp.File("output.txt")));
        Assert.Equal(3, run.Out.Split('\n').Count(l => l.StartsWith("::error file=", StringComparison.Ordinal)));
    }

    [Fact]
    public void Check_SafeChange_Exits0AndReportsNotBreaking()
    {
        using var temp = new TempDirectory();
        var (baseContract, headContract) = SafePair();

        var run = RunCheck(temp, new() { ["INPUT_BASE_CONTRACT"] = baseContract, ["INPUT_HEAD_CONTRACT"] = headContract });

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("**Not breaking:**", File.ReadAllText(temp.File("summary.md")), StringComparison.Ordinal);
        Assert.StartsWith("breaking=false\nbreaking-count=0\n", File.ReadAllText(temp.File("output.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SafeChangeWithFailOnSafe_Exits2()
    {
        using var temp = new TempDirectory();
        var (baseContract, headContract) = SafePair();

        var run = RunCheck(temp, new() { ["INPUT_BASE_CONTRACT"] = baseContract, ["INPUT_HEAD_CONTRACT"] = headContract, ["INPUT_FAIL_ON"] = "safe" });

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
    }

    [Fact]
    public void Check_AgainstGitRefWithCompat_ReadsBaseFromHistory()
    {
        using var temp = new TempDirectory();
        using var repository = new TempDirectory();
        var head = Git.RepositoryWithChange(repository, Seeds.ContractV1, Seeds.ContractBreaking);

        var run = RunCheck(temp, new() { ["INPUT_HEAD_CONTRACT"] = head, ["INPUT_AGAINST"] = "HEAD", ["INPUT_COMPAT"] = "backward" });

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
        Assert.Contains("summary-json={\"breaking\":true,\"breaking_count\":3,\"mode\":\"backward\"}", File.ReadAllText(temp.File("output.txt")), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Check_WithoutAPrebuiltCli_BuildsItFromTheActionsCheckoutAndRuns()
    {
        using var temp = new TempDirectory();
        var environment = new Dictionary<string, string>
        {
            ["INPUT_BASE_CONTRACT"] = Seeds.ContractV1,
            ["INPUT_HEAD_CONTRACT"] = Seeds.ContractBreaking,
            ["GITHUB_STEP_SUMMARY"] = temp.File("summary.md"),
            ["GITHUB_OUTPUT"] = temp.File("output.txt"),
        };

        var run = ProcessRun.Run("bash", [Script], environment);

        Assert.True(run.ExitCode == ExitCodes.Breaking, run.ToString());
        Assert.Contains("::group::Build the trackboard CLI", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("breaking=true\nbreaking-count=3\n", File.ReadAllText(temp.File("output.txt")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("both", "breaking", "Set either base-contract or against, not both.")]
    [InlineData("neither", "breaking", "Set base-contract (a file) or against (a git ref).")]
    [InlineData("base", "always", "fail-on must be breaking, safe or none (got 'always').")]
    public void Check_BadInputs_Exit64WithAnAnnotationAndWriteNothing(string old, string failOn, string message)
    {
        using var temp = new TempDirectory();
        var inputs = new Dictionary<string, string> { ["INPUT_HEAD_CONTRACT"] = Seeds.ContractBreaking, ["INPUT_FAIL_ON"] = failOn };
        if (old is "both" or "base")
        {
            inputs["INPUT_BASE_CONTRACT"] = Seeds.ContractV1;
        }

        if (old is "both")
        {
            inputs["INPUT_AGAINST"] = "HEAD";
        }

        var run = RunCheck(temp, inputs);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("::error::" + message, run.Out, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public void Check_MissingHeadFile_Exits65AndWritesNoOutputs()
    {
        using var temp = new TempDirectory();

        var run = RunCheck(temp, new() { ["INPUT_BASE_CONTRACT"] = Seeds.ContractV1, ["INPUT_HEAD_CONTRACT"] = temp.File("missing.json") });

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("::error title=trackboard diff failed (exit 65)::", run.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("output.txt")));
    }

    // The repository's example revisions when present; otherwise the seed pair read backwards (v1 is the
    // breaking file with the breaking changes undone: only safe and informational changes).
    private static (string Base, string Head) SafePair()
    {
        var safe = TestPaths.Examples("contracts", "web-analytics.v2.safe.json");
        return File.Exists(safe) ? (TestPaths.Examples("contracts", "web-analytics.v1.json"), safe) : (Seeds.ContractBreaking, Seeds.ContractV1);
    }

    private static CliRun RunCheck(TempDirectory temp, Dictionary<string, string> inputs)
    {
        var environment = new Dictionary<string, string>(inputs)
        {
            ["GITHUB_STEP_SUMMARY"] = temp.File("summary.md"),
            ["GITHUB_OUTPUT"] = temp.File("output.txt"),
            ["TRACKBOARD_CLI"] = "dotnet " + ProcessRun.CliDll,
        };
        return ProcessRun.Run("bash", [Script], environment);
    }
}
