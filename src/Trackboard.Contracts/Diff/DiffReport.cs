using Trackboard.Contracts.Diff.Rendering;

namespace Trackboard.Contracts.Diff;

/// <summary>
/// Renders diff results as text. Pure and deterministic: the same result gives the same string.
/// docs/change-codes.md shows each format.
/// </summary>
public static class DiffReport
{
    /// <summary>
    /// Canonical JSON (keys sorted, no whitespace, no trailing newline):
    /// <c>{breaking, summary{breaking_count, safe_count, informational_count}, changes[], ignored[]}</c>;
    /// a change has <c>severity, code, rule_id, event, property?, path, before?, after?, message</c>.
    /// </summary>
    public static string ToJson(DiffResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonDiffRenderer.Render(result);
    }

    /// <summary>
    /// Canonical JSON of a compatibility report: <c>{mode, compatible, checks[], issues[]}</c>; each check is a
    /// diff result with <c>against, earlier_index, direction</c>; each issue has those and the <c>change</c>.
    /// </summary>
    public static string ToJson(CompatibilityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonDiffRenderer.Render(report);
    }

    /// <summary>Plain text grouped by event, for terminals and logs.</summary>
    /// <param name="result">The diff.</param>
    /// <param name="colour">True to colour with ANSI escapes (the CLI passes true only on a terminal).</param>
    public static string ToText(DiffResult result, bool colour = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new TextDiffRenderer(colour).Render(result);
    }

    /// <summary>GitHub-flavoured Markdown: a verdict line and a table a PR comment or job summary shows.</summary>
    public static string ToMarkdown(DiffResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return MarkdownDiffRenderer.Render(result);
    }

    /// <summary>
    /// GitHub Actions annotations, one line per change: <c>::error</c> (breaking), <c>::warning</c> (safe),
    /// <c>::notice</c> (informational), as <c>::error file=F,line=N,title=CODE::EVENT PATH: MESSAGE [RULE_ID]</c>.
    /// Ignored changes are not annotated.
    /// </summary>
    /// <param name="result">The diff.</param>
    /// <param name="file">The head contract's path relative to the repository root; without it, no file or line is given.</param>
    /// <param name="lineOf">The line of an event in the head file (see <see cref="EventLines.LineOf"/>); null leaves the line out.</param>
    public static string ToGitHub(DiffResult result, string? file = null, Func<string, int?>? lineOf = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return GitHubDiffRenderer.Render(result, file, lineOf);
    }

    /// <summary>JUnit XML: one test case per compared event, failing when the event has breaking changes.</summary>
    /// <param name="result">The diff.</param>
    /// <param name="suiteName">The test suite name.</param>
    public static string ToJUnit(DiffResult result, string suiteName = "trackboard diff")
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(suiteName);
        return JUnitDiffRenderer.Render(result, suiteName);
    }
}
