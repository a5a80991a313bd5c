using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Trackboard.Mcp.Tests;

public sealed class ToolTests : IAsyncLifetime
{
    private McpFixture _mcp = null!;

    public async Task InitializeAsync() =>
        _mcp = await McpFixture.StartAsync(new FileContractSource(Paths.Seed("fixtures", "mcp", "web-analytics.v1.json")));

    public async Task DisposeAsync() => await _mcp.DisposeAsync();

    private static JsonElement Data(CallToolResult result)
    {
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent!.Value;
    }

    [Fact]
    public async Task ListTools_Server_OffersEveryReadOnlyTool()
    {
        var tools = await _mcp.Client.ListToolsAsync();

        Assert.Equal(
            ["diff_contracts", "get_event_contract", "get_implementation_guidance", "get_tracking_helper", "list_contract_versions", "list_events", "search_events", "search_similar_events", "validate_event_payload"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Description));
            Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint);
            Assert.False(t.ProtocolTool.Annotations?.DestructiveHint);
        });
    }

    [Fact]
    public async Task ListEvents_SeedContract_ListsCheckoutCompleted()
    {
        var result = await _mcp.CallAsync("list_events");

        var data = Data(result);
        Assert.NotEqual(true, result.IsError);
        Assert.Contains(data.GetProperty("events").EnumerateArray(), e => e.GetProperty("event_name").GetString() == "checkout_completed");
        Assert.StartsWith("sha256:", data.GetProperty("contract").GetProperty("hash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchEvents_PaymentWords_FindsCheckout()
    {
        var result = await _mcp.CallAsync("search_events", new() { ["query"] = "checkout order total" });

        var first = Data(result).GetProperty("matches")[0];
        Assert.Equal("checkout_completed", first.GetProperty("event_name").GetString());
    }

    [Fact]
    public async Task SearchEvents_EmptyQuery_ReturnsStructuredError()
    {
        var result = await _mcp.CallAsync("search_events", new() { ["query"] = "!!" });

        Assert.True(result.IsError);
        Assert.Equal("invalid_argument", Data(result).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task SearchEvents_TenThousandCharacterQuery_IsRefusedAsTooLong()
    {
        var result = await _mcp.CallAsync("search_events", new() { ["query"] = string.Concat(Enumerable.Repeat("checkout ", 1_200))[..10_000] });

        var error = Data(result).GetProperty("error");
        Assert.Equal("argument_too_long", error.GetProperty("code").GetString());
        Assert.Contains("1000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateEventPayload_HugePayload_IsRefusedAndServerKeepsAnswering()
    {
        using var payload = JsonDocument.Parse($$$"""{"event":"checkout_completed","properties":{"order_id":"{{{new string('x', ToolLimits.MaxPayloadBytes)}}}"}}""");

        var huge = await _mcp.CallAsync("validate_event_payload", new() { ["payload"] = payload.RootElement });
        var next = await _mcp.CallAsync("list_events");

        Assert.Equal("argument_too_large", Data(huge).GetProperty("error").GetProperty("code").GetString());
        Assert.NotEqual(true, next.IsError);
    }

    [Fact]
    public async Task GetEventContract_HugeEventName_IsRefusedAsTooLong()
    {
        var result = await _mcp.CallAsync("get_event_contract", new() { ["event_name"] = new string('e', 1_000_001) });

        Assert.Equal("argument_too_long", Data(result).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetEventContract_KnownEvent_MergesGlobalsAndGivesHash()
    {
        var result = await _mcp.CallAsync("get_event_contract", new() { ["event_name"] = "checkout_completed" });

        var data = Data(result);
        var names = data.GetProperty("properties").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("user_id", names);
        Assert.Contains("order_id", names);
        Assert.StartsWith("sha256:", data.GetProperty("contract_hash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventContract_UnknownEvent_ReturnsUnknownEventCode()
    {
        var result = await _mcp.CallAsync("get_event_contract", new() { ["event_name"] = "nope" });

        Assert.True(result.IsError);
        Assert.Equal("unknown_event", Data(result).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task GetImplementationGuidance_KnownEvent_QuotesGuidanceAfterPreamble()
    {
        var result = await _mcp.CallAsync("get_implementation_guidance", new() { ["event_name"] = "checkout_completed" });

        var data = Data(result);
        Assert.Equal(TrackboardTools.GuidancePreamble, data.GetProperty("preamble").GetString());
        Assert.Equal("server", data.GetProperty("quoted_guidance").GetProperty("preferred_location").GetString());
    }

    [Fact]
    public async Task GetTrackingHelper_JsonSchema_ReturnsTheEventsSchema()
    {
        var result = await _mcp.CallAsync("get_tracking_helper", new() { ["event_name"] = "checkout_completed", ["target"] = "json-schema" });

        var files = Data(result).GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()).ToList();
        Assert.Contains(files, f => f!.Contains("checkout_completed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetTrackingHelper_UnknownTarget_ListsTargets()
    {
        var result = await _mcp.CallAsync("get_tracking_helper", new() { ["event_name"] = "checkout_completed", ["target"] = "cobol" });

        var error = Data(result).GetProperty("error");
        Assert.Equal("unknown_target", error.GetProperty("code").GetString());
        Assert.Contains("json-schema", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateEventPayload_BadPayload_ReportsViolationsWithPaths()
    {
        using var payload = JsonDocument.Parse("""{"event":"checkout_completed","properties":{"order_id":1,"extra":true}}""");

        var result = await _mcp.CallAsync("validate_event_payload", new() { ["payload"] = payload.RootElement });

        var data = Data(result);
        Assert.False(data.GetProperty("valid").GetBoolean());
        var codes = data.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Contains("type_mismatch", codes);
        Assert.Contains("unknown_property", codes);
    }

    [Fact]
    public async Task SearchSimilarEvents_PurchaseFinished_FindsCheckoutCompleted()
    {
        var result = await _mcp.CallAsync("search_similar_events", new() { ["name"] = "purchase_finished", ["description"] = "A user completes checkout" });

        var text = result.Content.OfType<TextContentBlock>().Single().Text;
        Assert.NotEqual(true, result.IsError);
        Assert.Contains("checkout_completed", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiffContracts_ProposedBreakingContract_ReportsBreaking()
    {
        var proposed = File.ReadAllText(Paths.Seed("fixtures", "mcp", "web-analytics.v1.json")).Replace("\"order_id\"", "\"order_ref\"", StringComparison.Ordinal);

        var result = await _mcp.CallAsync("diff_contracts", new() { ["after_contract"] = proposed });

        var data = Data(result);
        Assert.True(data.GetProperty("breaking").GetBoolean());
    }

    [Fact]
    public async Task DiffContracts_InvalidProposal_ReturnsContractInvalid()
    {
        var result = await _mcp.CallAsync("diff_contracts", new() { ["after_contract"] = "{\"format_version\":\"v0\"}" });

        Assert.Equal("contract_invalid", Data(result).GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task ListContractVersions_FileSource_ListsTheLoadedVersion()
    {
        var result = await _mcp.CallAsync("list_contract_versions");

        var version = Assert.Single(Data(result).GetProperty("versions").EnumerateArray());
        Assert.Equal(1, version.GetProperty("version_number").GetInt64());
    }

    [Fact]
    public async Task ReadResource_CurrentContract_IsCanonicalJsonWithHash()
    {
        var result = await _mcp.Client.ReadResourceAsync("trackboard://contract/current");

        var text = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text;
        using var document = JsonDocument.Parse(text);
        Assert.StartsWith("sha256:", document.RootElement.GetProperty("hash").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadResource_Event_ReturnsItsContract()
    {
        var result = await _mcp.Client.ReadResourceAsync("trackboard://event/checkout_completed");

        var text = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents)).Text;
        Assert.Contains("\"order_id\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadResource_UnknownEvent_ErrorLeadsWithTheCode()
    {
        var failure = await Assert.ThrowsAnyAsync<ModelContextProtocol.McpException>(() => _mcp.Client.ReadResourceAsync("trackboard://event/no_such_event").AsTask());

        Assert.Contains("unknown_event", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPrompt_InstrumentFeature_MentionsTheFeatureAndTools()
    {
        var prompt = await _mcp.Client.GetPromptAsync("instrument_feature", new Dictionary<string, object?> { ["feature"] = "one-click checkout" });

        var text = Assert.IsType<TextContentBlock>(Assert.Single(prompt.Messages).Content).Text;
        Assert.Contains("one-click checkout", text, StringComparison.Ordinal);
        Assert.Contains("search_events", text, StringComparison.Ordinal);
    }
}
