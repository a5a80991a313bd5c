using Spectre.Console;

namespace Trackboard.Cli.Output;

/// <summary>Spectre consoles over our writers: colour only on a terminal, a fixed width otherwise so output is stable.</summary>
internal static class Consoles
{
    private const int RedirectedWidth = 120;

    public static IAnsiConsole For(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
