using System.Globalization;
using System.Text;

namespace Trackboard.Contracts.Diff.Rendering;

/// <summary>
/// GitHub Actions workflow commands, one line per change: <c>::error</c> for breaking, <c>::warning</c> for
/// safe and <c>::notice</c> for informational changes, on the line of the changed event in the head file.
/// Ignored changes are left out.
/// </summary>
internal static class GitHubDiffRenderer
{
    public static string Render(DiffResult result, string? file, Func<string, int?>? lineOf)
    {
        var text = new StringBuilder();
        foreach (var change in result.Changes)
        {
            var level = change.Severity switch
            {
                ChangeSeverity.Breaking => "error",
                ChangeSeverity.Safe => "warning",
                _ => "notice",
            };
            var properties = new List<string>();
            if (file is not null)
            {
                properties.Add("file=" + Property(file));
                if (lineOf?.Invoke(change.Event) is { } line)
                {
                    properties.Add("line=" + line.ToString(CultureInfo.InvariantCulture));
                }
            }

            properties.Add("title=" + Property(change.Code));
            text.Append("::").Append(level).Append(' ').AppendJoin(',', properties).Append("::")
                .Append(Data($"{change.Event} {change.Path}: {change.Message} [{change.RuleId}]"))
                .Append('\n');
        }

        return text.ToString();
    }

    // The escaping of @actions/core: data escapes % CR LF; property values also : and ,.
    // Other control characters are escaped too, so a name cannot colour or rewrite the log.
    private static string Data(string text) => SafeText.Escape(text
        .Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal)
        .Replace("\n", "%0A", StringComparison.Ordinal));

    private static string Property(string text) => Data(text)
        .Replace(":", "%3A", StringComparison.Ordinal)
        .Replace(",", "%2C", StringComparison.Ordinal);
}
