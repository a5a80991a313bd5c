using System.Diagnostics;
using System.Text.Json;
namespace Trackboard.Contracts.Tests.Support;

/// <summary>Runs the external MCP client (used by the CLI and Server tests) <c>@modelcontextprotocol/inspector-cli</c> from <c>tools/</c> and parses its JSON answer.</summary>
internal static class InspectorCli
{
    public const string Package = "@modelcontextprotocol/inspector-cli";

    public static JsonElement Run(IEnumerable<string> arguments)
    {
        ExternalTools.Require(ExternalTools.Node, Package);
        // The inspector only runs from a folder whose parent has a package.json (ENV-NOTES).
        var runDirectory = Path.Combine(ExternalTools.ToolsDirectory, "run");
        Directory.CreateDirectory(runDirectory);
        var start = new ProcessStartInfo(Path.Combine(ExternalTools.ToolsDirectory, "node_modules", ".bin", "mcp-inspector-cli"))
        {
            WorkingDirectory = runDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--cli");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("mcp-inspector-cli did not finish in 2 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"mcp-inspector-cli exited {process.ExitCode}: {error.Result}{output.Result}");
        using var document = JsonDocument.Parse(output.Result);
        return document.RootElement.Clone();
    }
}
