using System.Globalization;
using System.Text;
using Trackboard.Contracts.Canonical;

namespace Trackboard.Contracts.Lint;

/// <summary>Renders lint reports as canonical JSON and as plain text.</summary>
internal static class LintReportWriter
{
    public static string Json(LintReport report)
    {
        var root = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["casing"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["events"] = report.EventCasing is { } e ? NameCasings.Name(e) : null,
                ["properties"] = report.PropertyCasing is { } p ? NameCasings.Name(p) : null,
            },
            ["findings"] = report.Findings.Select(Finding).ToList(),
            ["summary"] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["error_count"] = (long)report.ErrorCount,
                ["warning_count"] = (long)report.WarningCount,
                ["info_count"] = (long)report.InfoCount,
            },
        };
        return Encoding.UTF8.GetString(CanonicalJsonWriter.ToBytes(root));
    }

    public static string Text(LintReport report)
    {
        var text = new StringBuilder();
        foreach (var finding in report.Findings)
        {
            text.Append(LintLevels.Name(finding.Severity)).Append(' ').Append(finding.RuleId).Append(' ')
                .Append(finding.Path).Append(": ").Append(finding.Message).Append('\n');
        }

        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info\n"));
        return text.ToString();
    }

    private static Dictionary<string, object?> Finding(LintFinding finding)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["rule_id"] = finding.RuleId,
            ["severity"] = LintLevels.Name(finding.Severity),
            ["path"] = finding.Path,
            ["message"] = finding.Message,
        };
        if (finding.Event is not null)
        {
            node["event"] = finding.Event;
        }

        if (finding.Property is not null)
        {
            node["property"] = finding.Property;
        }

        return node;
    }
}
