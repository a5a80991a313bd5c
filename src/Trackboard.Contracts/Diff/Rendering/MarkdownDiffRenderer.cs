using System.Text;

namespace Trackboard.Contracts.Diff.Rendering;

/// <summary>GitHub-flavoured Markdown for a PR comment or a job summary: a verdict line and a table.</summary>
internal static class MarkdownDiffRenderer
{
    private const string Header = "| Severity | Event | Path | Code | Rule | Message |\n| --- | --- | --- | --- | --- | --- |\n";

    public static string Render(DiffResult result)
    {
        var text = new StringBuilder("### Trackboard contract diff\n\n");
        var counts = SafeText.Counts(result.Summary);
        if (result.Summary.Total == 0)
        {
            text.Append("**No changes.**\n");
        }
        else
        {
            text.Append(result.Breaking ? "**Breaking:** " : "**Not breaking:** ").Append(counts).Append(" change(s).\n\n");
            Table(text, result.Changes);
        }

        if (result.Ignored.Count > 0)
        {
            text.Append("\n<details><summary>").Append(SafeText.Number(result.Ignored.Count))
                .Append(" change(s) ignored by configuration</summary>\n\n");
            Table(text, result.Ignored);
            text.Append("\n</details>\n");
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, IReadOnlyList<Change> changes)
    {
        text.Append(Header);
        foreach (var change in changes)
        {
            var severity = SafeText.SeverityName(change.Severity);
            text.Append("| ").Append(change.Severity == ChangeSeverity.Breaking ? "**" + severity + "**" : severity)
                .Append(" | ").Append(Code(change.Event))
                .Append(" | ").Append(Code(change.Path))
                .Append(" | ").Append(Code(change.Code))
                .Append(" | ").Append(Code(change.RuleId))
                .Append(" | ").Append(Escape(change.Message))
                .Append(" |\n");
        }
    }

    // A code span fenced with more backticks than the text contains in a row; pipes are escaped because
    // GFM splits table cells before it parses code spans.
    private static string Code(string text)
    {
        text = OneLine(text);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') || text.Length == 0 ? " " : "";
        return fence + pad + text.Replace("|", "\\|", StringComparison.Ordinal) + pad + fence;
    }

    // Escapes what Markdown or HTML would interpret; an underscore inside a word cannot start emphasis,
    // so snake_case names stay readable in the raw comment.
    private static string Escape(string text)
    {
        text = OneLine(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '_' when i > 0 && i < text.Length - 1 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]):
                    builder.Append(c);
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#' or '!':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string OneLine(string text) => SafeText.Escape(text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' '));
}
