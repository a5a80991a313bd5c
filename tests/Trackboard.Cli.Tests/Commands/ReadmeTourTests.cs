using System.Text.RegularExpressions;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

/// <summary>
/// The README's `trackboard` tour runs as written: every <c>$ trackboard …</c> line of its text blocks is run
/// from the repository root and must print what the README shows (up to a <c>…</c> line, which cuts the rest).
/// <c>--out gen/</c> goes to a temporary directory, and <c>$ grep -A N 'text' gen/FILE</c> reads from there.
/// </summary>
public sealed partial class ReadmeTourTests
{
    private const string Ellipsis = "…";

    [Fact]
    public async Task ReadmeTour_EveryTrackboardCommand_PrintsWhatTheReadmeShows()
    {
        using var gen = new TempDirectory();
        var steps = TourSteps(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md")));

        Assert.Contains(steps, s => s.Command.StartsWith("trackboard validate ", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Command.StartsWith("trackboard diff ", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Command.StartsWith("trackboard codegen ", StringComparison.Ordinal));
        foreach (var (command, expected) in steps)
        {
            var actual = command.StartsWith("grep ", StringComparison.Ordinal) ? Grep(command, gen) : await Run(command, gen);

            var cut = expected.IndexOf(Ellipsis);
            var shown = cut < 0 ? expected : expected[..cut];
            var lines = actual.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(lines.Length >= shown.Count, $"{command}: printed\n{actual}");
            Assert.True(cut >= 0 ? lines.Take(shown.Count).SequenceEqual(shown) : lines.SequenceEqual(shown), $"{command}: printed\n{actual}");
        }
    }

    private static async Task<string> Run(string command, TempDirectory gen)
    {
        var root = TestPaths.RepositoryRoot + Path.DirectorySeparatorChar;
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(a => a == "gen/" ? gen.Path : a.StartsWith("examples/", StringComparison.Ordinal) ? root + a : a)
            .ToArray();

        var run = await CliRun.InvokeAsync(args);

        // Output names files as given on the command line: give them back their repository-relative spelling.
        return (run.Out + run.Error).Replace(root, "", StringComparison.Ordinal).Replace(gen.Path, "gen/", StringComparison.Ordinal).Replace("gen//", "gen/", StringComparison.Ordinal);
    }

    private static string Grep(string command, TempDirectory gen)
    {
        var match = GrepCommand().Match(command);
        Assert.True(match.Success, "unsupported grep in the README: " + command);
        var lines = File.ReadAllLines(gen.File(match.Groups["file"].Value["gen/".Length..]));
        var at = Array.FindIndex(lines, l => l.Contains(match.Groups["text"].Value, StringComparison.Ordinal));
        Assert.True(at >= 0, command + ": no match");
        return string.Join('\n', lines.Skip(at).Take(int.Parse(match.Groups["after"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1));
    }

    // The "$ command" lines of ```text blocks and the lines each prints, for commands run from the repository root.
    private static List<(string Command, List<string> Expected)> TourSteps(string readme)
    {
        var steps = new List<(string, List<string>)>();
        foreach (Match block in TextBlock().Matches(readme))
        {
            foreach (var line in block.Groups["body"].Value.Split('\n'))
            {
                if (line.StartsWith("$ trackboard ", StringComparison.Ordinal) || line.StartsWith("$ grep ", StringComparison.Ordinal))
                {
                    steps.Add((line[2..], []));
                }
                else if (line.StartsWith("$ ", StringComparison.Ordinal))
                {
                    Assert.Fail("the README tour runs a command this test does not know: " + line);
                }
                else if (steps.Count > 0 && line.Length > 0)
                {
                    steps[^1].Item2.Add(line);
                }
            }
        }

        return steps;
    }

    [GeneratedRegex(@"```text\n(?<body>\$ .*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();

    [GeneratedRegex(@"^grep -A(?<after>\d+) '(?<text>[^']+)' (?<file>gen/\S+)$")]
    private static partial Regex GrepCommand();
}
