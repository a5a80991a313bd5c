using System.Text.Json;
using ModelContextProtocol.Client;
using Trackboard.Cli.Tests.Support;

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

    [FactRequiringTool(ExternalTools.Node, InspectorCli.Package)]
    public void Mcp_ExternalInspectorClient_ListsToolsAndValidates()
    {
        string[] command = ["dotnet", ProcessRun.CliDll, "mcp", "--contract", Seeds.ContractV1];

        var list = InspectorCli.Run([.. command, "--method", "tools/list"]);
        var call = InspectorCli.Run([.. command, "--method", "tools/call", "--tool-name", "validate_event_payload", "--tool-arg", "payload=" + File.ReadAllText(Seeds.SignupInvalid)]);

        var names = list.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("validate_event_payload", names);
        Assert.Contains("get_implementation_guidance", names);
        Assert.False(call.GetProperty("structuredContent").GetProperty("valid").GetBoolean());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--contract a.json --server http://127.0.0.1:1")]
    [InlineData("--server http://127.0.0.1:1")]
    [InlineData("--server ftp://example.com --plan p")]
    [InlineData("--contract a.json --plan p")]
    public async Task Mcp_ConflictingOrMissingSource_ExitsWith64(string options)
    {
        var run = await CliRun.InvokeAsync(["mcp", .. options.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

        Assert.Equal(64, run.ExitCode);
        Assert.Contains("--", run.Error, StringComparison.Ordinal);
    }
}
