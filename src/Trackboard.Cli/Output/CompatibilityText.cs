using System.Globalization;
using System.Text;
using Trackboard.Contracts.Diff;

namespace Trackboard.Cli.Output;

/// <summary>
/// Text and Markdown for a compatibility report: the verdict, then each check's diff rendered by
/// <see cref="DiffReport"/> (so escaping stays in one place).
/// </summary>
internal static class CompatibilityText
{
    private const string DiffHeading = "### Trackboard contract diff\n\n";

    public static string ToText(CompatibilityReport report, bool colour)
    {
        var text = new StringBuilder();
        text.Append(Verdict(report)).Append('\n');
        foreach (var check in report.Checks)
        {
            text.Append('\n').Append(CheckTitle(check)).Append('\n');
            text.Append(DiffReport.ToText(check.Result, colour));
        }

        return text.ToString();
    }

    public static string ToMarkdown(CompatibilityReport report)
    {
        var text = new StringBuilder("### Trackboard compatibility check\n\n");
        text.Append("**").Append(Verdict(report).Replace(" (", "** (", StringComparison.Ordinal)).Append('\n');
        foreach (var check in report.Checks)
        {
            text.Append("\n#### ").Append(CheckTitle(check)).Append("\n\n");
            var markdown = DiffReport.ToMarkdown(check.Result);
            text.Append(markdown.StartsWith(DiffHeading, StringComparison.Ordinal) ? markdown[DiffHeading.Length..] : markdown);
        }

        return text.ToString();
    }

    /// <summary>Annotations for the breaking changes of every check.</summary>
    public static string ToGitHub(CompatibilityReport report, string file, Func<string, int?> lineOf)
    {
        var text = new StringBuilder();
        foreach (var check in report.Checks)
        {
            text.Append(DiffReport.ToGitHub(check.Result, file, lineOf));
        }

        return text.ToString();
    }

    private static string Verdict(CompatibilityReport report)
    {
        var mode = CompatibilityModes.Name(report.Mode);
        var checks = report.Checks.Count.ToString(CultureInfo.InvariantCulture);
        return report.Compatible
            ? $"Compatible ({mode}): {checks} check(s), no breaking change."
            : $"Incompatible ({mode}): {report.Issues.Count.ToString(CultureInfo.InvariantCulture)} breaking change(s) in {checks} check(s).";
    }

    private static string CheckTitle(CompatibilityCheck check) =>
        $"{(check.Direction == CompatibilityDirection.Backward ? "Backward" : "Forward")} against {check.Against}";
}
