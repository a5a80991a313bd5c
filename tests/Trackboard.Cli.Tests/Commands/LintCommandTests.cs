using System.Text.Json;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

public sealed class LintCommandTests
{
    private static string ConsistencyFixture => Trackboard.Contracts.Tests.Support.TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json");

    [Fact]
    public async Task Lint_ConsistencyFixture_ReportsTheDuplicatePairAsJson()
    {
        var run = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("rule_id").GetString() == "EVENT_SEMANTIC_DUPLICATE");
    }

    [Fact]
    public async Task Lint_StrictWithWarnings_ExitsWith1()
    {
        var run = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--strict");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("lint failed", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ThresholdOutOfRange_ExitsWith64()
    {
        var run = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--threshold", "150");

        Assert.Equal(64, run.ExitCode);
    }

    [Fact]
    public async Task Lint_MissingContract_ExitsWith65()
    {
        var run = await CliRun.InvokeAsync("lint", "--contract", "/nonexistent/contract.json");

        Assert.Equal(65, run.ExitCode);
    }
}
