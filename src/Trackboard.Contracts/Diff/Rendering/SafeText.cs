using System.Globalization;
using System.Text;

namespace Trackboard.Contracts.Diff.Rendering;

/// <summary>
/// Contract text (names, descriptions) reaches terminals, logs and CI systems: control characters are
/// written as <c>\uXXXX</c> so a crafted name cannot move the cursor or start a new log command.
/// </summary>
internal static class SafeText
{
    public static string Escape(string? text)
    {
        if (text is null || !text.Any(IsControl))
        {
            return text ?? "";
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    public static string SeverityName(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Breaking => "breaking",
        ChangeSeverity.Safe => "safe",
        _ => "informational",
    };

    public static string Counts(DiffSummary summary) => string.Create(CultureInfo.InvariantCulture,
        $"{summary.BreakingCount} breaking, {summary.SafeCount} safe, {summary.InformationalCount} informational");

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static bool IsControl(char c) => c < ' ' || (c >= '\u007f' && c <= '\u009f') || c is '\u2028' or '\u2029';
}
