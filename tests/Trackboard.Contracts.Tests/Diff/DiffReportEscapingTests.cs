using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Diff;

public sealed class DiffReportEscapingTests
{
    // Event and property names come from contract authors: they must not break out of a table cell,
    // an annotation line, a terminal or an XML document.
    private const string HostileEvent = "x\n::error::pwned | `a` <b>\u001b[31m";

    private static DiffResult HostileDiff()
    {
        var before = ContractLoader.Load("""{"format_version": "trackboard.contract.v1", "events": [{"event_name": "keep"}]}""").Contract!;
        var after = before with
        {
            Events = [.. before.Events, new EventDefinition { EventName = HostileEvent }],
        };
        return ContractDiff.Compare(before, after);
    }

    [Fact]
    public void ToGitHub_HostileName_StaysOneAnnotationLine()
    {
        var text = DiffReport.ToGitHub(HostileDiff(), "a,b:c.json", _ => 3);

        var line = Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::warning file=a%2Cb%3Ac.json,line=3,title=event_added::x%0A::error::pwned", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', line);
    }

    [Fact]
    public void ToMarkdown_HostileName_StaysInOneCell()
    {
        var text = DiffReport.ToMarkdown(HostileDiff());

        var row = Assert.Single(text.Split('\n'), l => l.StartsWith("| safe", StringComparison.Ordinal));
        Assert.Equal(7, row.Split(" | ").Length + 1);
        Assert.Contains("| Event 'x ::error::pwned \\| \\`a\\` &lt;b&gt;\\\\u001b\\[31m' was added. |", row, StringComparison.Ordinal);
        Assert.Contains("| ``x ::error::pwned \\| `a` <b>\\u001b[31m`` |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_HostileName_HasNoControlCharacters()
    {
        var text = DiffReport.ToText(HostileDiff());

        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("x\\u000a::error::pwned", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJUnit_HostileName_IsWellFormedXml()
    {
        var text = DiffReport.ToJUnit(HostileDiff());

        var document = System.Xml.Linq.XDocument.Parse(text);
        Assert.Equal(2, document.Descendants("testcase").Count());
    }

    [Fact]
    public void ToJson_HostileName_RoundTrips()
    {
        var json = DiffReport.ToJson(HostileDiff());

        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(HostileEvent, document.RootElement.GetProperty("changes")[0].GetProperty("event").GetString());
    }
}
