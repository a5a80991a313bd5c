using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trackboard.Server.AiTriage;
using Trackboard.Server.Data;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>Optional AI triage against a fake OpenAI-compatible server: a real HTTP server on 127.0.0.1.</summary>
public static class AiTriageScenarios
{
    private const string ApiKey = "sk-test-0123456789abcdefSECRET";

    private static async Task<(ApiClient Owner, Guid Plan, string Fingerprint)> PlanWithGroupAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var at = f.Time.GetUtcNow().AddMinutes(-10);
        var import = await owner.Post($"plans/{plan}/dlq/import",
            string.Join('\n', GuardExport.Blocked(1, "m1", "twitter", at), GuardExport.Blocked(2, "m2", "twitter", at.AddSeconds(1))));
        Assert.True(import.Code == 200, import.ToString());
        var groups = await owner.Get($"plans/{plan}/dlq/groups");
        return (owner, plan, groups.Json["items"]![0]!["fingerprint"]!.GetValue<string>());
    }

    private static Task<ApiResponse> Configure(ApiClient admin, FakeOpenAi fake, bool allowPrivate = true, int timeout = 10) =>
        admin.Send(HttpMethod.Put, "org/ai-provider", new JsonObject
        {
            ["enabled"] = true, ["base_url"] = fake.BaseUrl, ["model"] = "gpt-test", ["api_key"] = ApiKey,
            ["allow_private_address"] = allowPrivate, ["timeout_seconds"] = timeout,
        }, null);

    public static async Task AiTriage_OffByDefault_RefusedAndDeterministicReportRemains(ServerFixture f)
    {
        var (owner, plan, fingerprint) = await PlanWithGroupAsync(f);

        var settings = await owner.Get("org/ai-provider");
        var triage = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");
        var group = await owner.Get($"plans/{plan}/dlq/groups/{fingerprint}");

        Assert.Equal((false, false), (settings.Json["enabled"]!.GetValue<bool>(), settings.Json["has_api_key"]!.GetValue<bool>()));
        Assert.Equal((409, "ai_triage_disabled"), (triage.Code, triage.Json["code"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(group.Json["triage"]!["summary"]!.GetValue<string>()));
    }

    public static async Task AiProvider_Key_EncryptedAtRestAndNeverEchoed(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var editor = await Accounts.AddMemberAsync(f, owner, "editor");
        await using var fake = new FakeOpenAi();

        var put = await Configure(owner, fake);
        var get = await owner.Get("org/ai-provider");
        var byEditor = await Configure(editor, fake);
        var audit = await owner.Get("org/audit?limit=200");
        string stored;
        await using (var scope = f.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
            stored = (await db.Set<AiProviderSettings>().AsNoTracking().SingleAsync(s => s.OrgId == owner.OrgId)).ProtectedApiKey!;
        }
        var clear = await owner.Send(HttpMethod.Put, "org/ai-provider", new JsonObject { ["clear_api_key"] = true }, null);

        Assert.True(put.Code == 200, put.ToString());
        Assert.Equal((true, true, "gpt-test", fake.BaseUrl), (put.Json["enabled"]!.GetValue<bool>(), put.Json["has_api_key"]!.GetValue<bool>(),
            put.Json["model"]!.GetValue<string>(), put.Json["base_url"]!.GetValue<string>()));
        Assert.DoesNotContain("SECRET", put.Text + get.Text + audit.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", stored, StringComparison.Ordinal);
        Assert.NotEqual(ApiKey, stored);
        Assert.Equal(403, byEditor.Code);
        Assert.False(clear.Json["has_api_key"]!.GetValue<bool>());
    }

    public static async Task AiProvider_BadSettings_CodeAndPath(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var cases = new (JsonObject Body, string Code, string Path)[]
        {
            (new JsonObject { ["base_url"] = "ftp://models.example/v1" }, "invalid_field", "$.base_url"),
            (new JsonObject { ["base_url"] = "https://user:pw@models.example/v1" }, "invalid_field", "$.base_url"),
            (new JsonObject { ["model"] = " " }, "invalid_field", "$.model"),
            (new JsonObject { ["timeout_seconds"] = 0 }, "invalid_field", "$.timeout_seconds"),
            (new JsonObject { ["api_key"] = "" }, "invalid_field", "$.api_key"),
            (new JsonObject { ["enabled"] = true, ["model"] = "m" }, "missing_field", "$.base_url"),
        };
        foreach (var (body, code, path) in cases)
        {
            var response = await owner.Send(HttpMethod.Put, "org/ai-provider", body, null);
            Assert.True(response.Code == 400 && response.Json["code"]!.GetValue<string>() == code && response.Json["path"]!.GetValue<string>() == path,
                $"{body.ToJsonString()}: {response}");
        }
        var unknown = await owner.Send(HttpMethod.Put, "org/ai-provider", new JsonObject { ["temperature"] = 1 }, null);
        Assert.Equal((400, "unknown_field"), (unknown.Code, unknown.Json["code"]!.GetValue<string>()));
        Assert.False((await owner.Get("org/ai-provider")).Json["enabled"]!.GetValue<bool>());
    }

    public static async Task AiTriage_GoodAnswer_SchemaCheckedAndCachedByInput(ServerFixture f)
    {
        var (owner, plan, fingerprint) = await PlanWithGroupAsync(f);
        await using var fake = new FakeOpenAi { Content = FakeOpenAi.GoodAnswer };
        Assert.Equal(200, (await Configure(owner, fake)).Code);

        var first = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");
        var second = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");

        Assert.True(first.Code == 200, first.ToString());
        Assert.Equal((false, true), (first.Json["cached"]!.GetValue<bool>(), second.Json["cached"]!.GetValue<bool>()));
        Assert.Equal("medium", first.Json["triage"]!["confidence"]!.GetValue<string>());
        Assert.Equal(2, first.Json["triage"]!["suggested_fixes"]!.AsArray().Count);
        Assert.Equal(first.Json["input_hash"]!.GetValue<string>(), second.Json["input_hash"]!.GetValue<string>());
        var request = Assert.Single(fake.Requests);
        Assert.StartsWith("POST /v1/chat/completions ", request.RequestLine, StringComparison.Ordinal);
        Assert.Equal("Bearer " + ApiKey, request.Headers["Authorization"]);
        var sent = JsonNode.Parse(request.Body)!;
        Assert.Equal("gpt-test", sent["model"]!.GetValue<string>());
        var input = sent["messages"]![1]!["content"]!.GetValue<string>();
        Assert.Contains(fingerprint, input, StringComparison.Ordinal);
        Assert.Contains("enum_violation", input, StringComparison.Ordinal);
        Assert.DoesNotContain("twitter", input, StringComparison.Ordinal);
        Assert.DoesNotContain("\"sample\"", input, StringComparison.Ordinal);
    }

    public static async Task AiTriage_MalformedAnswers_ErrorWithCodeNeverAReport(ServerFixture f)
    {
        var (owner, plan, fingerprint) = await PlanWithGroupAsync(f);
        await using var fake = new FakeOpenAi();
        Assert.Equal(200, (await Configure(owner, fake)).Code);
        var bad = new (string? Raw, string Content, string Fault)[]
        {
            (null, "Sure! Here is the triage: the app is broken.", "content"),
            (null, """{"summary":"x","probable_causes":["a"],"suggested_fixes":["b"]}""", "content.confidence"),
            (null, """{"summary":"x","probable_causes":[],"suggested_fixes":["b"],"confidence":"high"}""", "content.probable_causes"),
            (null, """{"summary":"x","probable_causes":["a"],"suggested_fixes":[7],"confidence":"high"}""", "content.suggested_fixes[0]"),
            (null, """{"summary":"x","probable_causes":["a"],"suggested_fixes":["b"],"confidence":"high","html":"<b>"}""", "content.html"),
            ("""{"choices":[]}""", "", "$.choices"),
            ("<html>gateway</html>", "", "$"),
        };
        foreach (var (raw, content, fault) in bad)
        {
            (fake.RawBody, fake.Content) = (raw, content);
            var response = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");
            Assert.True(response.Code == 502 && response.Json["code"]!.GetValue<string>() == "ai_malformed_output", $"{fault}: {response}");
            Assert.Contains(fault + ":", response.Json["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Null(response.Json["triage"]);
        }

        (fake.RawBody, fake.Content) = (null, FakeOpenAi.GoodAnswer);
        var good = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");
        Assert.Equal((200, false), (good.Code, good.Json["cached"]!.GetValue<bool>()));
    }

    public static async Task AiTriage_SlowProvider_TimesOutWithCode(ServerFixture f)
    {
        var (owner, plan, fingerprint) = await PlanWithGroupAsync(f);
        await using var fake = new FakeOpenAi { Content = FakeOpenAi.GoodAnswer, Delay = TimeSpan.FromSeconds(5) };
        Assert.Equal(200, (await Configure(owner, fake, timeout: 1)).Code);

        var response = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");

        Assert.Equal((504, "ai_timeout"), (response.Code, response.Json["code"]!.GetValue<string>()));
    }

    public static async Task AiTriage_LoopbackProviderWithoutPermission_Refused(ServerFixture f)
    {
        var (owner, plan, fingerprint) = await PlanWithGroupAsync(f);
        await using var fake = new FakeOpenAi { Content = FakeOpenAi.GoodAnswer };
        Assert.Equal(200, (await Configure(owner, fake, allowPrivate: false)).Code);

        var response = await owner.Post($"plans/{plan}/dlq/groups/{fingerprint}/ai-triage");

        Assert.Equal((502, "ai_target_blocked"), (response.Code, response.Json["code"]!.GetValue<string>()));
        Assert.Empty(fake.Requests);
    }
}
