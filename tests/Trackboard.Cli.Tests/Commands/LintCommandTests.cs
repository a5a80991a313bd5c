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

    private const string PlanJson = """
    {
      "format_version": "trackboard.contract.v1",
      "events": [
        { "event_name": "signup_completed", "owner": "growth",
          "properties": [ { "name": "email", "type": "string", "description": "Where we write." } ] }
      ]
    }
    """;

    [Fact]
    public async Task Lint_ConfigRules_TurnOffOneAndRaiseAnother()
    {
        using var temp = new TempDirectory();
        var contract = temp.Write("contract.json", PlanJson);
        var config = temp.Write("trackboard.yaml", "diff:\n  ignore: []\nlint:\n  rules:\n    EVENT_DESCRIPTION_MISSING: off\n    PII_UNDECLARED: error\n");

        var run = await CliRun.InvokeAsync("lint", "--contract", contract, "--config", config, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var findings = document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule_id").GetString(), f.GetProperty("severity").GetString())).ToList();
        Assert.Equal([("PII_UNDECLARED", "error")], findings);
    }

    [Fact]
    public async Task Lint_WithoutConfig_DefaultSeverities()
    {
        using var temp = new TempDirectory();
        var contract = temp.Write("contract.json", PlanJson);

        var run = await CliRun.InvokeAsync("lint", "--contract", contract, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var rules = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()).ToList();
        Assert.Equal(["EVENT_DESCRIPTION_MISSING", "PII_UNDECLARED"], rules.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Lint_ConfigCasingAndWordOrder_AreCheckedAgainst()
    {
        using var temp = new TempDirectory();
        var contract = temp.Write("contract.json", PlanJson);
        var config = temp.Write("trackboard.yaml", "lint:\n  casing:\n    events: PascalCase\n    properties: Title Case\n  word_order: action_object\n  consistency_threshold: 70\n");

        var run = await CliRun.InvokeAsync("lint", "--contract", contract, "--config", config, "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var casing = document.RootElement.GetProperty("casing");
        Assert.Equal("PascalCase", casing.GetProperty("events").GetString());
        Assert.Equal("Title Case", casing.GetProperty("properties").GetString());
        var rules = document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule_id").GetString()).ToHashSet();
        Assert.Contains("EVENT_NAME_CASING", rules);
        Assert.Contains("PROPERTY_NAME_CASING", rules);
        Assert.Contains("EVENT_NAME_OBJECT_ACTION", rules);
    }

    [Fact]
    public async Task Lint_ConfigThreshold_ThresholdOptionWins()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("trackboard.yaml", "lint:\n  consistency_threshold: 100.5\n");

        var fromConfig = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--config", config);
        var overridden = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--config", temp.Write("ok.yaml", "lint:\n  consistency_threshold: 101\n"), "--threshold", "82");

        Assert.Equal(65, fromConfig.ExitCode);
        Assert.Contains("consistency_threshold", fromConfig.Error, StringComparison.Ordinal);
        Assert.Equal(65, overridden.ExitCode);
    }

    [Fact]
    public async Task Lint_ConfigWithSeveralMistakes_Exits65ListingEachWithItsLine()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("trackboard.yaml",
            "lint:\n  casing:\n    events: kebab-case\n    things: snake_case\n  word_order: sideways\n  rules:\n    NO_SUCH_RULE: off\n    PII_UNDECLARED: loud\n  colour: red\n");

        var run = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--config", config);

        Assert.Equal(65, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.Contains("6 error(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("trackboard.yaml:3:13: `lint.casing.events` is `kebab-case`; use one of snake_case, camelCase, PascalCase, Title Case, lower case", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown key `lint.casing.things`", run.Error, StringComparison.Ordinal);
        Assert.Contains("`lint.word_order` is `sideways`", run.Error, StringComparison.Ordinal);
        Assert.Contains("unknown lint rule `NO_SUCH_RULE`; the rules are EVENT_NAME_CASING", run.Error, StringComparison.Ordinal);
        Assert.Contains("`lint.rules.PII_UNDECLARED` is `loud`; use off, error, warning or info", run.Error, StringComparison.Ordinal);
        Assert.Contains("trackboard.yaml:9:3: unknown key `lint.colour`", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ConfigMissing_Exits65NamingIt()
    {
        var run = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--config", "/nonexistent/trackboard.yaml");

        Assert.Equal(65, run.ExitCode);
        Assert.Contains("/nonexistent/trackboard.yaml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ConfigNotYaml_Exits65WithTheLine()
    {
        using var temp = new TempDirectory();
        var config = temp.Write("trackboard.yaml", "lint:\n  rules: [unclosed\n");

        var run = await CliRun.InvokeAsync("lint", "--contract", ConsistencyFixture, "--config", config);

        Assert.Equal(65, run.ExitCode);
        Assert.Contains("not valid YAML", run.Error, StringComparison.Ordinal);
    }
}
