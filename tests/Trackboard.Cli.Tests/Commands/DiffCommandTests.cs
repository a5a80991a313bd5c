using System.Text.Json;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

public sealed class DiffCommandTests
{
    [Theory]
    [InlineData("text", "txt")]
    [InlineData("markdown", "md")]
    [InlineData("github", "txt")]
    [InlineData("junit", "xml")]
    [InlineData("json", "json")]
    public async Task Diff_SeedPairInEachFormat_MatchesGoldenAndExitsTwo(string format, string extension)
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--format", format);

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Seeds.ContractBreaking).Replace('\\', '/');
        Snapshot.Match($"diff/seed.{format}.{extension}", run.Out.Replace("file=" + relative, "file=contracts/web-analytics.breaking.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_GitHubFormat_AnnotatesTheHeadFileAtTheEventLine()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--format", "github");

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Seeds.ContractBreaking).Replace('\\', '/');
        Assert.StartsWith($"::error file={relative},line=", run.Out.Split('\n').First(l => l.StartsWith("::error", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_FailOnNone_ExitsZeroOnBreakingChange()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--fail-on", "none");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
    }

    [Fact]
    public async Task Diff_SameContract_ExitsZeroEvenWithFailOnSafe()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractV1, "--fail-on", "safe");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
    }

    [Fact]
    public async Task Diff_SafeChangeWithFailOnSafe_ExitsTwo()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractBreaking, Seeds.ContractV1, "--fail-on", "safe", "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        Assert.True(document.RootElement.GetProperty("summary").GetProperty("safe_count").GetInt32() > 0);
        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
    }

    [Fact]
    public async Task Diff_CompatBackwardMarkdown_MatchesGoldenAndExitsTwo()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--compat", "backward", "--format", "markdown");

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
        Snapshot.Match("diff/seed.compat-backward.md", run.Out);
    }

    [Fact]
    public async Task Diff_CompatFullTransitiveJson_ChecksEveryEarlierVersionBothWays()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractV1, Seeds.ContractV1, "--compat", "full_transitive", "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(4, document.RootElement.GetProperty("checks").GetArrayLength());
        Assert.True(document.RootElement.GetProperty("compatible").GetBoolean());
    }

    [Fact]
    public async Task Diff_CompatWithJUnit_Exits64()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--compat", "backward", "--format", "junit");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("junit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_ConfigIgnoringTheBreakingRules_ExitsZeroAndListsThemAsIgnored()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("trackboard.yaml", """
            lint:
              casing: snake_case
            diff:
              ignore:
                - rule: ENUM_VALUE_NO_DELETE
                  event: signup_completed
                - rule: property_type_changed
            """);

        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--config", config, "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(3, document.RootElement.GetProperty("ignored").GetArrayLength());
    }

    [Fact]
    public async Task Diff_ConfigWithUnknownRule_Exits65WithLine()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("trackboard.yaml", "diff:\n  ignore:\n    - rule: ENUM_NO_DELETE\n    - rule: EVENT_NO_DELETE\n      events: [a]\n");

        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--config", config);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(config + ":3:", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown rule `ENUM_NO_DELETE`", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key `events`", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Diff_AgainstHead_ReadsOldFromGitAndExitsTwo()
    {
        using var temp = new TempDirectory();
        var head = Git.RepositoryWithChange(temp, Seeds.ContractV1, Seeds.ContractBreaking);

        var run = await CliRun.InvokeAsync("diff", head, "--against", "HEAD", "--format", "json");

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(3, document.RootElement.GetProperty("summary").GetProperty("breaking_count").GetInt32());
    }

    [Fact]
    public async Task Diff_AgainstUnknownRef_Exits65NamingTheRef()
    {
        using var temp = new TempDirectory();
        var head = Git.RepositoryWithChange(temp, Seeds.ContractV1, Seeds.ContractBreaking);

        var run = await CliRun.InvokeAsync("diff", head, "--against", "no-such-branch");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--against no-such-branch: no such commit", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_AgainstOutsideAGitRepository_Exits65()
    {
        using var temp = new TempDirectory();
        var head = temp.File("contract.json");
        File.Copy(Seeds.ContractV1, head);

        var run = await CliRun.InvokeAsync("diff", head, "--against", "HEAD");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("is not inside a git repository", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_OneFileWithoutAgainst_Exits64()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("diff needs OLD and NEW", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_UnknownFormat_Exits64()
    {
        var run = await CliRun.InvokeAsync("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--format", "html");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("html", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_UnreadableOldContract_Exits65WithLineAndColumn()
    {
        using var temp = new TempDirectory();
        var old = temp.Write("old.json", "{\n  \"format_version\": \"trackboard.contract.v1\",\n  \"events\": [\n");

        var run = await CliRun.InvokeAsync("diff", old, Seeds.ContractV1);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(old + ":", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid_json", run.Error, StringComparison.Ordinal);
    }
}
