using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;
using static Trackboard.Server.Tests.Support.McpSteps;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>The Server's <c>/mcp</c> endpoint with the SDK's streamable-HTTP client: published versions only, one organization, read tokens only.</summary>
public static class McpScenarios
{
    public static async Task Mcp_ReadToken_ServesThePublishedVersionNotTheDraft(ServerFixture f)
    {
        var org = await PublishedPlanAsync(f);
        await AddEventAsync(org.Owner, org.Plan, "draft_only_event");
        await using var client = await ConnectAsync(f, org.ReadToken, org.Plan.ToString());

        var tools = await client.ListToolsAsync();
        var events = await CallAsync(client, "list_events");
        var validation = await CallAsync(client, "validate_event_payload", new() { ["payload"] = Json(InvalidSignup) });
        var versions = await CallAsync(client, "list_contract_versions");

        Assert.Equal(9, tools.Count);
        Assert.All(tools, t => Assert.True(t.ProtocolTool.Annotations?.ReadOnlyHint));
        Assert.Equal(["signup_completed"], EventNames(events));
        Assert.Equal(org.Plan.ToString(), ToolData(events).GetProperty("contract").GetProperty("plan_id").GetString());
        Assert.False(ToolData(validation).GetProperty("valid").GetBoolean());
        Assert.Equal(["enum_violation", "unknown_property"],
            ToolData(validation).GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("code").GetString()).Order(StringComparer.Ordinal));
        var version = Assert.Single(ToolData(versions).GetProperty("versions").EnumerateArray());
        Assert.Equal(1, version.GetProperty("version_number").GetInt64());
        Assert.EndsWith("Z", version.GetProperty("published_at").GetString(), StringComparison.Ordinal);
    }

    public static async Task Mcp_TwoPublishedVersions_DiffContractsComparesThem(ServerFixture f)
    {
        var org = await PublishedPlanAsync(f);
        var revision = await AddEventAsync(org.Owner, org.Plan, "cart_viewed");
        Assert.Equal(201, (await PlanSteps.PublishAsync(org.Owner, org.Plan, revision)).Code);
        await using var client = await ConnectAsync(f, org.ReadToken, org.Plan.ToString());

        var versions = await CallAsync(client, "list_contract_versions");
        var diff = await CallAsync(client, "diff_contracts", new() { ["before_version"] = 1, ["after_version"] = 2 });
        var unknown = await CallAsync(client, "diff_contracts", new() { ["before_version"] = 7 });
        var events = await CallAsync(client, "list_events");

        Assert.Equal([2L, 1L], ToolData(versions).GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version_number").GetInt64()));
        Assert.False(ToolData(diff).GetProperty("breaking").GetBoolean());
        Assert.Contains(ToolData(diff).GetProperty("changes").EnumerateArray(), c => c.GetProperty("code").GetString() == "event_added");
        Assert.Equal("unknown_version", ErrorCode(unknown));
        Assert.Equal(["cart_viewed", "signup_completed"], EventNames(events));
    }

    public static async Task Mcp_OtherOrganizationsToken_SeesNothingOfThePlan(ServerFixture f)
    {
        var victim = await PublishedPlanAsync(f);
        var intruder = await PublishedPlanAsync(f);
        await using var targeted = await ConnectAsync(f, intruder.ReadToken, victim.Plan.ToString());
        await using var unscoped = await ConnectAsync(f, intruder.ReadToken, null);

        var codes = new List<string>();
        foreach (var (tool, arguments) in new (string, Dictionary<string, object?>)[]
        {
            ("list_events", []),
            ("get_event_contract", new() { ["event_name"] = "signup_completed" }),
            ("list_contract_versions", []),
            ("validate_event_payload", new() { ["payload"] = Json(InvalidSignup) }),
        })
        {
            codes.Add(ErrorCode(await CallAsync(targeted, tool, arguments)));
        }
        var own = await CallAsync(unscoped, "list_events");
        var resource = await Assert.ThrowsAnyAsync<Exception>(() => targeted.ReadResourceAsync("trackboard://contract/current").AsTask());

        Assert.All(codes, c => Assert.Equal("plan_not_found", c));
        Assert.Equal(intruder.Plan.ToString(), ToolData(own).GetProperty("contract").GetProperty("plan_id").GetString());
        Assert.Contains("plan_not_found", resource.Message, StringComparison.Ordinal);
    }

    public static async Task Mcp_MissingWrongOrWriteCapableToken_IsRefused(ServerFixture f)
    {
        var org = await PublishedPlanAsync(f);
        var write = await TokenAsync(org.Owner, "write");
        var revoked = await TokenAsync(org.Owner, "read");
        var tokens = (await org.Owner.Get("auth/tokens")).Json.AsArray();
        var revokedId = tokens.Single(t => revoked.StartsWith(t!["prefix"]!.GetValue<string>(), StringComparison.Ordinal))!["id"]!.GetValue<string>();
        Assert.Equal(204, (await org.Owner.Delete($"auth/tokens/{revokedId}")).Code);
        var expiring = await TokenAsync(org.Owner, "read", expiresInDays: 1);
        Assert.Equal(200, (await PostInitializeAsync(f, expiring)).Code);
        var member = await Accounts.AddMemberAsync(f, org.Owner, "viewer");
        var formerMember = await TokenAsync(member, "read");
        Assert.Equal(200, (await PostInitializeAsync(f, formerMember)).Code);
        Assert.Equal(204, (await org.Owner.Delete($"org/members/{member.UserId}")).Code);

        var none = await PostInitializeAsync(f, null);
        var garbage = await PostInitializeAsync(f, "tbp_not-a-real-token");
        var writeScope = await PostInitializeAsync(f, write);
        var session = await PostInitializeAsync(f, org.Owner.Token);
        var revokedAnswer = await PostInitializeAsync(f, revoked);
        f.Time.Advance(TimeSpan.FromDays(2));
        var expired = await PostInitializeAsync(f, expiring);
        var stillValid = await PostInitializeAsync(f, org.ReadToken);
        var removed = await PostInitializeAsync(f, formerMember);

        Assert.Equal(401, none.Code);
        Assert.Equal(401, garbage.Code);
        Assert.Equal(403, writeScope.Code);
        Assert.Equal("read_token_required", writeScope.ProblemCode);
        Assert.Equal(403, session.Code);
        Assert.Equal(401, revokedAnswer.Code);
        Assert.Equal(401, expired.Code);
        Assert.Equal(200, stillValid.Code);
        Assert.Equal(401, removed.Code);
    }

    public static async Task Mcp_BadInputs_ComeBackAsStructuredErrors(ServerFixture f)
    {
        var org = await PublishedPlanAsync(f);
        await using var client = await ConnectAsync(f, org.ReadToken, org.Plan.ToString());
        var huge = new JsonObject { ["event"] = "signup_completed", ["properties"] = new JsonObject { ["referrer"] = new string('x', 2 * 1024 * 1024) } };

        var unknownEvent = await CallAsync(client, "get_event_contract", new() { ["event_name"] = "no_such_event" });
        var unknownTarget = await CallAsync(client, "get_tracking_helper", new() { ["event_name"] = "signup_completed", ["target"] = "cobol" });
        var longQuery = await CallAsync(client, "search_events", new() { ["query"] = string.Concat(Enumerable.Repeat("signup ", 1_500))[..10_000] });
        var hugePayload = await CallAsync(client, "validate_event_payload", new() { ["payload"] = Json(huge.ToJsonString()) });
        var stillServing = await CallAsync(client, "get_tracking_helper", new() { ["event_name"] = "signup_completed", ["target"] = "typescript" });
        var tooLarge = await PostInitializeAsync(f, org.ReadToken, "{\"pad\":\"" + new string('x', 11 * 1024 * 1024) + "\"}");

        Assert.Equal("unknown_event", ErrorCode(unknownEvent));
        Assert.Equal("unknown_target", ErrorCode(unknownTarget));
        Assert.Equal("argument_too_long", ErrorCode(longQuery));
        Assert.Equal("argument_too_large", ErrorCode(hugePayload));
        Assert.NotEqual(true, stillServing.IsError);
        Assert.Equal(413, tooLarge.Code);
    }

    public static async Task Mcp_PlanChoice_ExplainsMissingUnknownAndUnpublishedPlans(ServerFixture f)
    {
        var org = await PublishedPlanAsync(f);
        var (unpublished, _) = await PlanSteps.CreateAsync(org.Owner, "Mobile");
        await using var noPlan = await ConnectAsync(f, org.ReadToken, null);
        await using var garbage = await ConnectAsync(f, org.ReadToken, "not-a-plan-id");
        await using var empty = await ConnectAsync(f, org.ReadToken, unpublished.ToString());

        var required = await CallAsync(noPlan, "list_events");
        var notFound = await CallAsync(garbage, "list_events");
        var noVersion = await CallAsync(empty, "list_events");

        Assert.Equal("plan_required", ErrorCode(required));
        Assert.Contains(org.Plan.ToString(), ToolData(required).GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("plan_not_found", ErrorCode(notFound));
        Assert.Equal("no_published_version", ErrorCode(noVersion));
    }
}
