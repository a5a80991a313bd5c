using System.Diagnostics;
using System.Text.Json;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Server.Tests.Support;

/// <summary>Runs the external MCP client <c>@modelcontextprotocol/inspector-cli</c> from <c>tools/</c> and parses its JSON answer.</summary>
public static class InspectorCli
{
    public const string Package = "@modelcontextprotocol/inspector-cli";

    public static JsonElement Run(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
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
