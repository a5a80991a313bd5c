using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Trackboard.Server.Tests.Support;

/// <summary>Sets up published plans and tokens for the MCP tests, and talks to <c>/mcp</c> with the SDK's client.</summary>
public static class McpSteps
{
    public const string InvalidSignup = """{"event":"signup_completed","properties":{"signup_method":"fax","surprise":1}}""";

    /// <summary>A new organization whose plan has <c>signup_completed</c> published as version 1, and a read token.</summary>
    public static async Task<PublishedPlan> PublishedPlanAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var published = await PlanSteps.PublishAsync(owner, plan, r1);
        Assert.True(published.Code == 201, published.ToString());
        return new PublishedPlan(owner, plan, await TokenAsync(owner, "read"));
    }

    /// <summary>Adds an event to the draft without publishing it; returns the new revision.</summary>
    public static async Task<long> AddEventAsync(ApiClient client, Guid plan, string name)
    {
        var revision = await PlanSteps.RevisionAsync(client, plan);
        var response = await client.Post($"plans/{plan}/events", new JsonObject
        {
            ["draft_revision"] = revision,
            ["event_name"] = name,
            ["description"] = "Added by an MCP test",
            ["properties"] = new JsonArray(new JsonObject { ["name"] = "item_id", ["type"] = "string", ["required"] = true }),
        });
        Assert.True(response.Code == 201, response.ToString());
        return response.Json["draft_revision"]!.GetValue<long>();
    }

    /// <summary>Creates a personal access token and returns its secret.</summary>
    public static async Task<string> TokenAsync(ApiClient client, string scope, int? expiresInDays = null)
    {
        var body = new JsonObject { ["name"] = "mcp " + scope, ["scope"] = scope };
        if (expiresInDays is { } days)
        {
            body["expires_in_days"] = days;
        }
        var response = await client.Post("auth/tokens", body);
        Assert.True(response.Code == 201, response.ToString());
        return response.Json["token"]!.GetValue<string>();
    }

    public static Uri Endpoint(Uri baseAddress, string? plan) =>
        new(baseAddress, "/mcp" + (plan is null ? "" : "?plan=" + Uri.EscapeDataString(plan)));

    /// <summary>The SDK's streamable-HTTP client against the fixture's Server.</summary>
    public static async Task<McpClient> ConnectAsync(ServerFixture f, string token, string? plan)
    {
        var http = f.Client().Http;
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = Endpoint(http.BaseAddress!, plan),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token },
        }, http, ownsHttpClient: true);
        return await McpClient.CreateAsync(transport);
    }

    /// <summary>A raw JSON-RPC initialize POST to <c>/mcp</c>, for checking the HTTP status of refused callers.</summary>
    public static async Task<ApiResponse> PostInitializeAsync(ServerFixture f, string? token, string? body = null)
    {
        using var http = f.Client().Http;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/mcp");
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        request.Content = new StringContent(body ?? """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}
            """, Encoding.UTF8, "application/json");
        using var response = await http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers);
    }

    public static async Task<CallToolResult> CallAsync(McpClient client, string tool, Dictionary<string, object?>? arguments = null) =>
        await client.CallToolAsync(tool, arguments ?? []);

    public static JsonElement ToolData(CallToolResult result)
    {
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent!.Value;
    }

    /// <summary>The structured error code of a failed tool call (and asserts that it failed).</summary>
    public static string ErrorCode(CallToolResult result)
    {
        Assert.True(result.IsError, "expected a tool error, got " + ToolData(result).GetRawText());
        return ToolData(result).GetProperty("error").GetProperty("code").GetString()!;
    }

    public static List<string> EventNames(CallToolResult listEvents) =>
        [.. ToolData(listEvents).GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_name").GetString()!)];

    public static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
