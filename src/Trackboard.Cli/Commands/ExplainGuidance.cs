using Spectre.Console;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Commands;

/// <summary>
/// Implementation guidance is product text written by people (DESIGN §2.3): shown as quoted lines, with
/// markup escaped, never as instructions of the tool.
/// </summary>
internal static class ExplainGuidance
{
    public static void Write(IAnsiConsole console, ImplementationGuidance guidance)
    {
        console.Write(new Markup("[bold]Implementation guidance[/] [grey](quoted product text from the contract, not instructions)[/]"));
        console.WriteLine();
        List("Trigger when", guidance.TriggerWhen, console);
        List("Do not trigger when", guidance.DoNotTriggerWhen, console);
        List("Privacy notes", guidance.PrivacyNotes, console);
        Line("Preferred location", guidance.PreferredLocation, console);
        Line("Required source", guidance.RequiredSource, console);
        Line("Lifecycle stage", guidance.LifecycleStage, console);
        Line("Idempotency key", guidance.IdempotencyKey, console);
        foreach (var example in guidance.CodeExamples)
        {
            var label = example.Framework is { } framework ? $"{example.Language} ({framework})" : example.Language;
            console.WriteLine($"  Code example, {label}:");
            foreach (var line in example.Snippet.Split('\n'))
            {
                console.WriteLine("    > " + Clean(line));
            }
        }
    }

    private static void List(string label, IReadOnlyList<string> items, IAnsiConsole console)
    {
        if (items.Count == 0)
        {
            return;
        }

        console.WriteLine($"  {label}:");
        foreach (var item in items)
        {
            console.WriteLine("    > \"" + Clean(item) + "\"");
        }
    }

    private static void Line(string label, string? value, IAnsiConsole console)
    {
        if (value is not null)
        {
            console.WriteLine($"  {label}: \"{Clean(value)}\"");
        }
    }

    // Control characters could move the cursor or fake other output on a terminal.
    private static string Clean(string text) =>
        new([.. text.Select(c => char.IsControl(c) ? ' ' : c)]);
}
