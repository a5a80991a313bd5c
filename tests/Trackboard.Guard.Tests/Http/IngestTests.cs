using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

public sealed class IngestTests
{
    private static GuardOptions WithKeys(GuardOptions o) => o with { WriteKeys = new Dictionary<string, string> { ["wk_web"] = "web" } };

    [Fact]
    public async Task Track_ValidEvent_ForwardsOriginalBytesWithType()
    {
        await using var destination = await FakeDestination.StartAsync();
        await using var guard = await GuardServer.StartAsync(destination.Url);
        var body = Payloads.Signup("m-1", extra: "").Insert(1, "\"vendorField\":{\"keep\":[1,2.50,\"x\"]},");

        var response = await guard.Client.PostAsync("/v1/track", Payloads.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"success":true}""", await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(() => destination.Delivered.ContainsKey("m-1"), "m-1 delivered");
        var sent = destination.Calls.Single().Body.GetProperty("batch")[0].GetRawText();
        Assert.Equal(body.Insert(1, "\"type\":\"track\","), sent);
    }

    [Fact]
    public async Task Track_WrongOrMissingWriteKey_Answers401WithCode()
    {
        await using var guard = await GuardServer.StartAsync(configure: WithKeys);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/v1/track") { Content = Payloads.Json(Payloads.Signup("m-a")) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("nope:")));

        var wrongResponse = await guard.Client.SendAsync(wrong);
        var missingResponse = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-b")));

        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        await BadInputTests.AssertCodeAsync(wrongResponse, "invalid_write_key");
        Assert.Equal(HttpStatusCode.Unauthorized, missingResponse.StatusCode);
        await BadInputTests.AssertCodeAsync(missingResponse, "missing_write_key");
    }

    [Fact]
    public async Task Batch_WriteKeyInBodyAndOneBadEvent_AcceptsOthersReportsBadOne()
    {
        await using var guard = await GuardServer.StartAsync(configure: WithKeys);
        var batch = Payloads.Batch(Payloads.Signup("m-ok1"), Payloads.Signup("m-bad", method: "twitter"), Payloads.Signup("m-ok2"));
        batch = batch.Insert(1, "\"writeKey\":\"wk_web\",");

        var response = await guard.Client.PostAsync("/v1/batch", Payloads.Json(batch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var blocked = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("blocked");
        Assert.Equal(1, blocked.GetArrayLength());
        Assert.Equal(1, blocked[0].GetProperty("index").GetInt32());
        Assert.Equal("enum_violation", blocked[0].GetProperty("codes")[0].GetString());
        Assert.Equal(2, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE source = 'web'"));
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'blocked' AND message_id = 'm-bad' AND contract_version = 'version_1'"));
    }

    [Fact]
    public async Task Batch_RudderStackGzipLabelledFormUrlEncoded_Accepted()
    {
        await using var guard = await GuardServer.StartAsync();
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Payloads.Batch(Payloads.Signup("m-gz"))));
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");

        var response = await guard.Client.PostAsync("/v1/batch", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE message_id = 'm-gz'"));
    }

    [Fact]
    public async Task Track_DuplicateMessageId_AcknowledgedNotStoredTwice()
    {
        await using var guard = await GuardServer.StartAsync();

        var first = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-dup")));
        var second = await guard.Client.PostAsync("/v1/track?verbose=1", Payloads.Json(Payloads.Signup("m-dup")));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var decision = JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("events")[0].GetProperty("decision").GetString();
        Assert.Equal("duplicate", decision);
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE message_id = 'm-dup'"));
        Assert.Equal(1, guard.Metrics.Deduplicated.Value);
    }

    [Fact]
    public async Task Track_WarnMode_ForwardsWithTrackboardContextKeepingEveryField()
    {
        await using var destination = await FakeDestination.StartAsync();
        await using var guard = await GuardServer.StartAsync(destination.Url, o => o with { Policy = new PolicyOptions { Mode = PolicyMode.Warn } });
        var body = Payloads.Signup("m-warn", method: "twitter").Insert(1, "\"context\":{\"app\":{\"version\":\"1.2\"}},\"extra\":true,");

        var response = await guard.Client.PostAsync("/v1/track", Payloads.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Eventually.TrueAsync(() => destination.Delivered.ContainsKey("m-warn"), "m-warn delivered");
        var sent = destination.Calls.Single().Body.GetProperty("batch")[0];
        Assert.True(sent.GetProperty("extra").GetBoolean());
        Assert.Equal("1.2", sent.GetProperty("context").GetProperty("app").GetProperty("version").GetString());
        var trackboard = sent.GetProperty("context").GetProperty("trackboard");
        Assert.Equal("version_1", trackboard.GetProperty("contract_version").GetString());
        Assert.Equal("enum_violation", trackboard.GetProperty("violations")[0].GetProperty("code").GetString());
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'warned' AND forwarded = 1"));
    }

    [Fact]
    public async Task Track_StripUnplannedProperties_ForwardsWithoutThem()
    {
        await using var destination = await FakeDestination.StartAsync();
        await using var guard = await GuardServer.StartAsync(destination.Url,
            o => o with { Policy = new PolicyOptions { UnplannedProperties = UnplannedProperties.Strip } });

        var response = await guard.Client.PostAsync("/v1/track?verbose=1", Payloads.Json(Payloads.Signup("m-strip", extra: ",\"utm_campaign\":\"x\"")));

        var decision = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("events")[0].GetProperty("decision").GetString();
        Assert.Equal("stripped", decision);
        await Eventually.TrueAsync(() => destination.Delivered.ContainsKey("m-strip"), "m-strip delivered");
        var properties = destination.Calls.Single().Body.GetProperty("batch")[0].GetProperty("properties");
        Assert.False(properties.TryGetProperty("utm_campaign", out _));
        Assert.Equal("google", properties.GetProperty("signup_method").GetString());
    }

    [Fact]
    public async Task Ready_BeforeContractThenAfter_503Then200()
    {
        await using var guard = await GuardServer.StartAsync(writeContract: false);

        var before = await guard.Client.GetAsync("/health/ready");
        var track = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-early")));
        File.Copy(GuardServer.SeedContract, guard.ContractPath);
        await Eventually.TrueAsync(() => guard.Client.GetAsync("/health/ready").Result.StatusCode == HttpStatusCode.OK, "ready after the contract appears");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Contains("contract_not_loaded", await before.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, track.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guard.Client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task Track_StoreFull_Answers503StoreFullAndKeepsEarlierEvents()
    {
        await using var guard = await GuardServer.StartAsync(configure: o => o with { Limits = o.Limits with { MaxStoreBytes = 160 * 1024 } });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? full = null;
        for (var i = 0; i < 400 && full is null; i++)
        {
            var response = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-full-" + i, extra: ",\"pad\":\"" + new string('x', 1500) + "\"")));
            statuses.Add(response.StatusCode);
            full = response.StatusCode == HttpStatusCode.ServiceUnavailable ? response : null;
        }

        Assert.NotNull(full);
        await BadInputTests.AssertCodeAsync(full, "store_full");
        var acknowledged = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.Equal(acknowledged, guard.Scalar("SELECT COUNT(*) FROM outbox") + guard.Scalar("SELECT COUNT(*) FROM dlq"));
    }
}
