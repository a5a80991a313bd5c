using System.Text;

namespace Trackboard.Contracts.Diff.Rendering;

/// <summary>Plain text for terminals and logs, grouped by event; ANSI colour only when asked for.</summary>
internal sealed class TextDiffRenderer(bool colour)
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[1;31m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Cyan = "\u001b[36m";

    private readonly StringBuilder _text = new();

    public string Render(DiffResult result)
    {
        var counts = SafeText.Counts(result.Summary);
        if (result.Summary.Total == 0)
        {
            _text.Append(Paint(Green, "Result: no changes")).Append('\n');
        }
        else if (result.Breaking)
        {
            _text.Append(Paint(Red, "Result: breaking")).Append(" (").Append(counts).Append(")\n");
        }
        else
        {
            _text.Append(Paint(Green, "Result: not breaking")).Append(" (").Append(counts).Append(")\n");
        }

        Changes(result.Changes);
        if (result.Ignored.Count > 0)
        {
            _text.Append('\n').Append("Ignored by configuration: ").Append(SafeText.Number(result.Ignored.Count)).Append('\n');
            Changes(result.Ignored);
        }

        return _text.ToString();
    }

    private void Changes(IReadOnlyList<Change> changes)
    {
        string? currentEvent = null;
        foreach (var change in changes)
        {
            if (!string.Equals(change.Event, currentEvent, StringComparison.Ordinal))
            {
                currentEvent = change.Event;
                _text.Append('\n').Append(Paint(Bold, SafeText.Escape(change.Event))).Append('\n');
            }

            var severity = SafeText.SeverityName(change.Severity);
            _text.Append("  ").Append(Paint(ColourOf(change.Severity), "[" + severity + "]"))
                .Append(' ').Append(change.Code).Append(" (").Append(change.RuleId).Append(") at ")
                .Append(SafeText.Escape(change.Path)).Append('\n')
                .Append("    ").Append(SafeText.Escape(change.Message)).Append('\n');
        }
    }

    private static string ColourOf(ChangeSeverity severity) => severity switch
    {
        ChangeSeverity.Breaking => Red,
        ChangeSeverity.Safe => Yellow,
        _ => Cyan,
    };

    private string Paint(string style, string text) => colour ? style + text + Reset : text;
}
