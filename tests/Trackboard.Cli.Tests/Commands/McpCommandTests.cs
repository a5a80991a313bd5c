using System.Diagnostics;
using System.Text.Json;
using ModelContextProtocol.Client;
using Trackboard.Cli.Tests.Support;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

public sealed class McpCommandTests
{
    private static StdioClientTransport Transport(string contract) => new(new StdioClientTransportOptions
    {
        Name = "trackboard",
        Command = "dotnet",
        Arguments = [ProcessRun.CliDll, "mcp", "--contract", contract],
    });

    [Fact]
    public async Task Mcp_SpawnedOverStdio_ListsToolsAndValidates()
    {
        await using var client = await McpClient.CreateAsync(Transport(Seeds.ContractV1));

        var tools = await client.ListToolsAsync();
        using var payload = JsonDocument.Parse(File.ReadAllText(Seeds.SignupInvalid));
        var result = await client.CallToolAsync("validate_event_payload", new Dictionary<string, object?> { ["payload"] = payload.RootElement });

        Assert.Contains(tools, t => t.Name == "get_event_contract");
        Assert.Equal(9, tools.Count);
        var data = result.StructuredContent!.Value;
        Assert.False(data.GetProperty("valid").GetBoolean());
        Assert.Equal(["enum_violation", "unknown_property"], data.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Mcp_MissingContract_ExitsWith65()
    {
        var run = await CliRun.InvokeAsync("mcp", "--contract", "/nonexistent/contract.json");

        Assert.Equal(65, run.ExitCode);
        Assert.Contains("/nonexistent/contract.json", run.Error, StringComparison.Ordinal);
    }

    [FactRequiringTool("node", "@modelcontextprotocol/inspector-cli")]
    public void Mcp_ExternalInspectorClient_ListsTools()
    {
        ExternalTools.Require("node", "@modelcontextprotocol/inspector-cli");
        // The inspector only runs from a folder whose parent has a package.json (ENV-NOTES).
        var runDirectory = Path.Combine(ExternalTools.ToolsDirectory, "run");
        Directory.CreateDirectory(runDirectory);
        var start = new ProcessStartInfo(Path.Combine(ExternalTools.ToolsDirectory, "node_modules", ".bin", "mcp-inspector-cli"))
        {
            WorkingDirectory = runDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--cli", "dotnet", ProcessRun.CliDll, "mcp", "--contract", Seeds.ContractV1, "--method", "tools/list" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "mcp-inspector-cli did not finish");

        Assert.True(process.ExitCode == 0, error.Result);
        using var document = JsonDocument.Parse(output.Result);
        var names = document.RootElement.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("validate_event_payload", names);
        Assert.Contains("get_implementation_guidance", names);
    }
}
