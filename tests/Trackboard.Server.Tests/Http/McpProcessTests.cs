using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Server.Tests.Support;
using static Trackboard.Server.Tests.Support.McpSteps;

namespace Trackboard.Server.Tests.Http;

/// <summary>
/// MCP clients in other processes against a real Server on Kestrel: <c>trackboard mcp --server</c> spawned and driven
/// over stdio by the SDK's client, the SDK's HTTP client on <c>/mcp</c>, and the external inspector CLI on both.
/// </summary>
public sealed class McpProcessTests(KestrelServerFixture f) : IClassFixture<KestrelServerFixture>
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "trackboard.dll");

    private static string[] ServeArguments(Uri server, string plan) => [CliDll, "mcp", "--server", server.ToString(), "--plan", plan];

    private const string ServerSourceToken = "TRACKBOARD_TOKEN";

    private static Task<McpClient> SpawnAsync(Uri server, string plan, string? token) =>
        McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "trackboard",
            Command = "dotnet",
            Arguments = ServeArguments(server, plan),
            // null removes a TRACKBOARD_TOKEN the test runner may have inherited.
            EnvironmentVariables = new Dictionary<string, string?> { [ServerSourceToken] = token },
        }));

    [Fact]
    public async Task ServerMode_SpawnedOverStdio_ServesPublishedVersionsAndFollowsNewOnes()
    {
        var org = await PublishedPlanAsync(f);
        await using var client = await SpawnAsync(f.BaseAddress, org.Plan.ToString(), org.ReadToken);

        var tools = await client.ListToolsAsync();
        var before = await CallAsync(client, "list_events");
        var validation = await CallAsync(client, "validate_event_payload", new() { ["payload"] = Json(InvalidSignup) });
        var revision = await AddEventAsync(org.Owner, org.Plan, "cart_viewed");
        var draftOnly = await CallAsync(client, "list_events");
        Assert.Equal(201, (await PlanSteps.PublishAsync(org.Owner, org.Plan, revision)).Code);
        var after = await CallAsync(client, "list_events");
        var versions = await CallAsync(client, "list_contract_versions");
        var diff = await CallAsync(client, "diff_contracts", new() { ["before_version"] = 1, ["after_version"] = 2 });
        var resource = await client.ReadResourceAsync("trackboard://contract/current");

        Assert.Equal(9, tools.Count);
        Assert.Equal(["signup_completed"], EventNames(before));
        Assert.Equal(["enum_violation", "unknown_property"],
            ToolData(validation).GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(["signup_completed"], EventNames(draftOnly));
        Assert.Equal(["cart_viewed", "signup_completed"], EventNames(after));
        Assert.Equal([2L, 1L], ToolData(versions).GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version_number").GetInt64()));
        Assert.Contains(ToolData(diff).GetProperty("changes").EnumerateArray(), c => c.GetProperty("code").GetString() == "event_added");
        Assert.Contains("\"cart_viewed\"", Assert.IsType<ModelContextProtocol.Protocol.TextResourceContents>(Assert.Single(resource.Contents)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServerMode_BadInputs_ComeBackAsStructuredErrors()
    {
        var org = await PublishedPlanAsync(f);
        await using var client = await SpawnAsync(f.BaseAddress, org.Plan.ToString(), org.ReadToken);

        var unknownEvent = await CallAsync(client, "get_implementation_guidance", new() { ["event_name"] = "no_such_event" });
        var unknownTarget = await CallAsync(client, "get_tracking_helper", new() { ["event_name"] = "signup_completed", ["target"] = "fortran" });
        var longQuery = await CallAsync(client, "search_events", new() { ["query"] = new string('q', 10_000) });
        var hugeName = await CallAsync(client, "get_event_contract", new() { ["event_name"] = new string('e', 100_000) });
        var unknownVersion = await CallAsync(client, "diff_contracts", new() { ["before_version"] = 42 });
        var stillServing = await CallAsync(client, "search_events", new() { ["query"] = "signup" });

        Assert.Equal("unknown_event", ErrorCode(unknownEvent));
        Assert.Equal("unknown_target", ErrorCode(unknownTarget));
        Assert.Equal("argument_too_long", ErrorCode(longQuery));
        Assert.Equal("argument_too_long", ErrorCode(hugeName));
        Assert.Equal("unknown_version", ErrorCode(unknownVersion));
        Assert.NotEqual(true, stillServing.IsError);
    }

    [Theory]
    [InlineData("no_token", "token_missing")]
    [InlineData("bad_token", "token_invalid")]
    [InlineData("write_token_other_org", "plan_not_found")]
    [InlineData("unknown_plan", "plan_not_found")]
    [InlineData("server_down", "server_unavailable")]
    public async Task ServerMode_Failure_ReturnsStructuredErrorAndStaysUp(string failure, string code)
    {
        var org = await PublishedPlanAsync(f);
        var server = failure == "server_down" ? ClosedPort() : f.BaseAddress;
        var plan = failure == "unknown_plan" ? Guid.NewGuid().ToString() : org.Plan.ToString();
        var token = failure switch
        {
            "no_token" => null,
            "bad_token" => "tbp_revoked-or-never-issued",
            "write_token_other_org" => await TokenAsync((await PublishedPlanAsync(f)).Owner, "write"),
            _ => org.ReadToken,
        };
        await using var client = await SpawnAsync(server, plan, token);

        var first = await CallAsync(client, "list_events");
        var second = await CallAsync(client, "list_contract_versions");

        Assert.Equal(code, ErrorCode(first));
        Assert.Equal(code, ErrorCode(second));
        Assert.DoesNotContain("signup_completed", ToolData(first).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Http_SdkClientOnKestrel_ListsToolsAndValidates()
    {
        var org = await PublishedPlanAsync(f);
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = Endpoint(f.BaseAddress, org.Plan.ToString()),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + org.ReadToken },
        }));

        var tools = await client.ListToolsAsync();
        var validation = await CallAsync(client, "validate_event_payload", new() { ["payload"] = Json(InvalidSignup) });
        var longQuery = await CallAsync(client, "search_events", new() { ["query"] = new string('q', 10_000) });

        Assert.Equal(9, tools.Count);
        Assert.False(ToolData(validation).GetProperty("valid").GetBoolean());
        Assert.Equal("argument_too_long", ErrorCode(longQuery));
    }

    [FactRequiringTool(ExternalTools.Node, InspectorCli.Package)]
    public async Task ServerMode_InspectorCliOverStdio_ListsToolsAndValidates()
    {
        var org = await PublishedPlanAsync(f);
        // The client configuration docs/mcp.md shows; the inspector would take the command line's --server as its own option.
        var config = Path.Combine(Path.GetTempPath(), $"tb-mcp-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(config, new JsonObject
        {
            ["mcpServers"] = new JsonObject
            {
                ["trackboard"] = new JsonObject
                {
                    ["command"] = "dotnet",
                    ["args"] = new JsonArray([.. ServeArguments(f.BaseAddress, org.Plan.ToString()).Select(a => (JsonNode?)a)]),
                    ["env"] = new JsonObject { [ServerSourceToken] = org.ReadToken },
                },
            },
        }.ToJsonString());
        string[] target = ["--config", config, "--server", "trackboard"];

        try
        {
            var list = InspectorCli.Run([.. target, "--method", "tools/list"]);
            var call = InspectorCli.Run([.. target, "--method", "tools/call", "--tool-name", "validate_event_payload", "--tool-arg", "payload=" + InvalidSignup]);

            AssertInspectorAnswers(list, call);
        }
        finally
        {
            File.Delete(config);
        }
    }

    [FactRequiringTool(ExternalTools.Node, InspectorCli.Package)]
    public async Task Http_InspectorCli_ListsToolsAndValidates()
    {
        var org = await PublishedPlanAsync(f);
        string[] target = [Endpoint(f.BaseAddress, org.Plan.ToString()).ToString(), "--transport", "http", "--header", "Authorization: Bearer " + org.ReadToken];

        var list = InspectorCli.Run([.. target, "--method", "tools/list"]);
        var call = InspectorCli.Run([.. target, "--method", "tools/call", "--tool-name", "validate_event_payload", "--tool-arg", "payload=" + InvalidSignup]);

        AssertInspectorAnswers(list, call);
    }

    private static void AssertInspectorAnswers(JsonElement list, JsonElement call)
    {
        var names = list.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(9, names.Count);
        Assert.Contains("validate_event_payload", names);
        var data = call.GetProperty("structuredContent");
        Assert.False(data.GetProperty("valid").GetBoolean());
        Assert.Contains(data.GetProperty("violations").EnumerateArray(), v => v.GetProperty("code").GetString() == "enum_violation");
    }

    private static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
