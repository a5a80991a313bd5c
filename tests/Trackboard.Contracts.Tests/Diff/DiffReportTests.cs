using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Diff;

public sealed class DiffReportTests
{
    private const string HeadFile = "contracts/web-analytics.breaking.json";

    private static DiffResult SeedDiff() =>
        ContractDiff.Compare(SeedDiffTests.LoadSeed("web-analytics.v1.json"), SeedDiffTests.LoadSeed("web-analytics.breaking.json"));

    private static Func<string, int?> SeedLines() =>
        EventLines.LineOf(File.ReadAllText(TestPaths.SeedExamples("contracts", "web-analytics.breaking.json")));

    private static Contract LoadData(string name)
    {
        var result = ContractLoader.LoadFile(TestPaths.TestData("diff-render", name));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    private static DiffResult ShowcaseDiff() => ContractDiff.Compare(LoadData("before.json"), LoadData("after.json"), new DiffOptions
    {
        Ignore = [new IgnoreRule("PROPERTY_NO_DELETE", "order_completed"), new IgnoreRule("owner_changed")],
    });

    [Fact]
    public void ToJson_SeedPair_MatchesSnapshot() => Snapshot.Match("diff/seed.json", DiffReport.ToJson(SeedDiff()));

    [Fact]
    public void ToText_SeedPair_MatchesSnapshot() => Snapshot.Match("diff/seed.txt", DiffReport.ToText(SeedDiff()));

    [Fact]
    public void ToText_SeedPairWithColour_MatchesSnapshot() => Snapshot.Match("diff/seed.ansi.txt", DiffReport.ToText(SeedDiff(), colour: true));

    [Fact]
    public void ToMarkdown_SeedPair_MatchesSnapshot() => Snapshot.Match("diff/seed.md", DiffReport.ToMarkdown(SeedDiff()));

    [Fact]
    public void ToGitHub_SeedPair_MatchesSnapshot() =>
        Snapshot.Match("diff/seed.github.txt", DiffReport.ToGitHub(SeedDiff(), HeadFile, SeedLines()));

    [Fact]
    public void ToJUnit_SeedPair_MatchesSnapshot() => Snapshot.Match("diff/seed.xml", DiffReport.ToJUnit(SeedDiff()));

    [Fact]
    public void ToJson_Showcase_MatchesSnapshot() => Snapshot.Match("diff/showcase.json", DiffReport.ToJson(ShowcaseDiff()));

    [Fact]
    public void ToText_Showcase_MatchesSnapshot() => Snapshot.Match("diff/showcase.txt", DiffReport.ToText(ShowcaseDiff()));

    [Fact]
    public void ToMarkdown_Showcase_MatchesSnapshot() => Snapshot.Match("diff/showcase.md", DiffReport.ToMarkdown(ShowcaseDiff()));

    [Fact]
    public void ToGitHub_Showcase_MatchesSnapshot()
    {
        var lines = EventLines.LineOf(File.ReadAllText(TestPaths.TestData("diff-render", "after.json")));

        Snapshot.Match("diff/showcase.github.txt", DiffReport.ToGitHub(ShowcaseDiff(), "plans/shop, v2.json", lines));
    }

    [Fact]
    public void ToJUnit_Showcase_MatchesSnapshot() => Snapshot.Match("diff/showcase.xml", DiffReport.ToJUnit(ShowcaseDiff()));

    [Fact]
    public void ToJson_CompatibilityReport_MatchesSnapshot()
    {
        var report = ContractDiff.CheckCompatibility([LoadData("before.json")], LoadData("after.json"), CompatibilityMode.Full);

        Snapshot.Match("diff/showcase.compat.json", DiffReport.ToJson(report));
    }

    [Fact]
    public void Renderers_SameResultTwice_GiveSameText()
    {
        var first = ShowcaseDiff();
        var second = ShowcaseDiff();

        Assert.Equal(DiffReport.ToJson(first), DiffReport.ToJson(second));
        Assert.Equal(DiffReport.ToText(first, colour: true), DiffReport.ToText(second, colour: true));
        Assert.Equal(DiffReport.ToMarkdown(first), DiffReport.ToMarkdown(second));
        Assert.Equal(DiffReport.ToJUnit(first), DiffReport.ToJUnit(second));
    }

    [Fact]
    public void ToText_WithoutColour_HasNoEscapeCharacters()
    {
        var text = DiffReport.ToText(ShowcaseDiff());

        Assert.DoesNotContain('\u001b', text);
    }

    [Fact]
    public void ToGitHub_WithoutFile_LeavesFileAndLineOut()
    {
        var text = DiffReport.ToGitHub(SeedDiff());

        Assert.StartsWith("::notice title=guidance_changed::", text, StringComparison.Ordinal);
        Assert.DoesNotContain("file=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_NoChanges_SaysSo()
    {
        var contract = SeedDiffTests.LoadSeed("web-analytics.v1.json");

        var text = DiffReport.ToMarkdown(ContractDiff.Compare(contract, contract));

        Assert.Equal("### Trackboard contract diff\n\n**No changes.**\n", text);
    }
}
