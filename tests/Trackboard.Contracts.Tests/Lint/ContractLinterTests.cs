using Trackboard.Contracts.Lint;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Lint;

public sealed class ContractLinterTests
{
    public static TheoryData<string> SeedContracts() =>
    [
        "contracts/web-analytics.v1.json",
        "contracts/web-analytics.breaking.json",
        "fixtures/cli/contract.v1.json",
        "fixtures/cli/contract.v2.breaking.json",
        "fixtures/cli/contract.consistency.json",
        "fixtures/mcp/web-analytics.v1.json",
        "fixtures/mcp/unsafe-guidance.v1.json",
    ];

    [Theory]
    [MemberData(nameof(SeedContracts))]
    public void Lint_SeedContract_MatchesGoldenReport(string file)
    {
        var contract = TestContracts.LoadFile(TestPaths.SeedExamples(file.Split('/')));

        var report = ContractLinter.Lint(contract);

        Snapshot.Match("lint/" + file.Replace('/', '.'), report.ToJson());
    }

    public static TheoryData<string> ExampleContracts() =>
        [.. Directory.GetFiles(TestPaths.Examples("contracts"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ExampleContracts))]
    public void Lint_RepositoryExample_MatchesGoldenReport(string file)
    {
        var contract = TestContracts.LoadFile(TestPaths.Examples("contracts", file));

        var report = ContractLinter.Lint(contract);

        Snapshot.Match("lint/examples." + file, report.ToJson());
    }

    [Fact]
    public void Lint_ConsistencyFixture_FlagsTheDuplicateOnTheLaterEvent()
    {
        var contract = TestContracts.LoadFile(TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json"));

        var report = ContractLinter.Lint(contract);

        var duplicate = Assert.Single(report.Findings, f => f.RuleId == LintRules.EventSemanticDuplicate);
        Assert.Equal(("$.events[1].event_name", "order_completed"), (duplicate.Path, duplicate.Event));
        Assert.Contains("'CheckoutCompleted' (score 100, duplicate_likely", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(NameCasing.PascalCase, report.EventCasing);
        Assert.Equal(NameCasing.SnakeCase, report.PropertyCasing);
        Snapshot.Match("lint/fixtures.cli.contract.consistency.txt", report.ToText());
    }

    [Fact]
    public void Lint_SameContractTwice_GivesTheSameBytes()
    {
        var contract = TestContracts.LoadFile(TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json"));

        Assert.Equal(ContractLinter.Lint(contract).ToJson(), ContractLinter.Lint(contract).ToJson());
    }

    [Fact]
    public void Lint_Findings_AreInDocumentOrderByIndexNotByText()
    {
        string[] nouns = ["product", "cart", "page", "video", "order", "signup", "search", "banner", "coupon", "review", "invoice", "profile"];
        var events = nouns.Select(n => $$"""{"event_name":"{{n}}_viewed","owner":"x","description":"d"}""").ToList();
        events[2] = """{"event_name":"PageViewed","owner":"x"}""";
        events[10] = """{"event_name":"InvoiceViewed","owner":"x","properties":[{"name":"Bad Name","type":"string"}]}""";
        var contract = TestContracts.WithEvents([.. events]);

        var report = ContractLinter.Lint(contract);

        Assert.Equal(
            [
                "$.events[2].event_name EVENT_NAME_CASING",
                "$.events[2].description EVENT_DESCRIPTION_MISSING",
                "$.events[10].event_name EVENT_NAME_CASING",
                "$.events[10].description EVENT_DESCRIPTION_MISSING",
                "$.events[10].properties[0].description PROPERTY_DESCRIPTION_MISSING",
            ],
            report.Findings.Select(f => f.Path + " " + f.RuleId));
    }

    [Fact]
    public void Lint_SeveritiesOverriddenAndRulesOff_AreApplied()
    {
        var contract = TestContracts.WithEvents("""{"event_name":"order_completed"}""");
        var options = new LintOptions
        {
            Rules = new Dictionary<string, LintRuleLevel>
            {
                [LintRules.EventOwnerMissing] = LintRuleLevel.Off,
                [LintRules.EventDescriptionMissing] = LintRuleLevel.Info,
            },
        };

        var report = ContractLinter.Lint(contract, options);

        var finding = Assert.Single(report.Findings);
        Assert.Equal((LintRules.EventDescriptionMissing, LintSeverity.Info), (finding.RuleId, finding.Severity));
        Assert.False(report.Fails(strict: true));
    }

    [Fact]
    public void Fails_ErrorsAlwaysWarningsOnlyWhenStrict()
    {
        var withWarning = ContractLinter.Lint(TestContracts.WithEvents("""{"event_name":"order_completed","owner":"x"}"""));
        var withError = ContractLinter.Lint(TestContracts.WithEvents(
            """{"event_name":"a_viewed","description":"d","owner":"x","properties":[{"name":"n","type":"string","description":"d"}]}""",
            """{"event_name":"b_viewed","description":"d","owner":"x","properties":[{"name":"n","type":"integer","description":"d"}]}"""));

        Assert.Equal((0, 1, 0), (withWarning.ErrorCount, withWarning.WarningCount, withWarning.InfoCount));
        Assert.False(withWarning.Fails());
        Assert.True(withWarning.Fails(strict: true));
        Assert.Equal(1, withError.ErrorCount);
        Assert.True(withError.Fails());
    }

    [Fact]
    public void Lint_UnknownRuleId_ThrowsNamingIt()
    {
        var contract = TestContracts.WithEvents("""{"event_name":"order_completed"}""");
        var options = new LintOptions { Rules = new Dictionary<string, LintRuleLevel> { ["EVENT_NAME_CASE"] = LintRuleLevel.Off } };

        var error = Assert.Throws<ArgumentException>(() => ContractLinter.Lint(contract, options));

        Assert.Contains("EVENT_NAME_CASE", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(101)]
    public void Lint_ThresholdOutOfRange_Throws(double threshold)
    {
        var contract = TestContracts.WithEvents("""{"event_name":"order_completed"}""");

        Assert.Throws<ArgumentOutOfRangeException>(() => ContractLinter.Lint(contract, new LintOptions { ConsistencyThreshold = threshold }));
    }

    [Fact]
    public void Lint_EmptyContract_HasNoFindingsAndNoCasing()
    {
        var report = ContractLinter.Lint(TestContracts.WithEvents());

        Assert.Empty(report.Findings);
        Assert.Null(report.EventCasing);
        Assert.Equal("""{"casing":{"events":null,"properties":null},"findings":[],"summary":{"error_count":0,"info_count":0,"warning_count":0}}""", report.ToJson());
    }

    [Fact]
    public void LintRules_Ids_AreUniqueUpperSnakeCaseAndDocumented()
    {
        var docs = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "lint.md"));

        Assert.Equal(LintRules.All.Count, LintRules.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(LintRules.All, r => Assert.Matches("^[A-Z]+(_[A-Z]+)+$", r.Id));
        Assert.All(LintRules.All, r => Assert.Contains("`" + r.Id + "`", docs, StringComparison.Ordinal));
    }

    [Fact]
    public void TryParse_Levels_ReadTheYamlWords()
    {
        Assert.True(LintLevels.TryParse("off", out var off) && off == LintRuleLevel.Off);
        Assert.True(LintLevels.TryParse("warning", out var warning) && warning == LintRuleLevel.Warning);
        Assert.False(LintLevels.TryParse("Warning", out _));
        Assert.False(LintLevels.TryParse("fatal", out _));
    }
}
