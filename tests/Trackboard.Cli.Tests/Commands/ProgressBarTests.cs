using System.Text;
using System.Text.Json;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

/// <summary>
/// The NDJSON progress bar, on a real pseudo-terminal: util-linux <c>script</c> runs the CLI with stderr on a
/// terminal and stdout redirected to a file, as a user piping the JSON report somewhere would.
/// </summary>
public sealed class ProgressBarTests
{
    [FactRequiringTool(ExternalTools.Script)]
    public void Validate_NdjsonWithStderrOnATerminal_DrawsTheBarThereAndKeepsStdoutJson()
    {
        ExternalTools.Require(ExternalTools.Script);
        using var temp = new TempDirectory();
        var events = new StringBuilder();
        for (var i = 1; i <= 20_000; i++)
        {
            events.Append("{\"event\":\"signup_completed\",\"properties\":{\"user_id\":\"u").Append(i)
                .Append("\",\"signup_method\":\"").Append(i % 100 == 0 ? "fax" : "email").Append("\"}}\n");
        }

        var input = temp.Write("events.ndjson", events.ToString());
        var report = temp.File("report.json");
        var command = $"dotnet '{ProcessRun.CliDll}' validate --contract '{Seeds.ContractV1}' --event '{input}' --format json > '{report}'";

        var run = ProcessRun.Run(ExternalTools.CommandPath(ExternalTools.Script), ["-q", "-e", "-c", command, "/dev/null"]);

        Assert.True(run.ExitCode == ExitCodes.Invalid, run.ToString());
        Assert.Contains("validating", run.Out, StringComparison.Ordinal);
        Assert.Contains("100%", run.Out, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(report));
        Assert.Equal(20_000, document.RootElement.GetProperty("summary").GetProperty("events").GetInt32());
        Assert.Equal(200, document.RootElement.GetProperty("summary").GetProperty("invalid").GetInt32());
    }

    [Fact]
    public async Task Validate_NdjsonWithStderrRedirected_DrawsNoBar()
    {
        using var temp = new TempDirectory();
        var input = temp.Write("events.ndjson", string.Concat(Enumerable.Repeat(
            "{\"event\":\"signup_completed\",\"properties\":{\"user_id\":\"u\",\"signup_method\":\"email\"}}\n", 10_000)));

        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", input, "--format", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal("", run.Error);
    }
}
