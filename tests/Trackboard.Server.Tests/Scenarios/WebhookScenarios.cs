using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Tests.Scenarios;

public static class WebhookScenarios
{
    public static async Task Webhook_BadUrls_Rejected(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);

        var codes = new List<string?>();
        foreach (var url in new[] { "ftp://example.com/hook", "http://user:secret@example.com/hook", "/relative", "file:///etc/passwd" })
        {
            codes.Add((await owner.Post("org/webhooks", new JsonObject { ["url"] = url })).ProblemCode);
        }
        var badEvent = await owner.Post("org/webhooks", new JsonObject { ["url"] = "https://example.com/h", ["events"] = new JsonArray("nope") });

        Assert.All(codes, c => Assert.Equal("invalid_webhook_url", c));
        Assert.Equal(400, badEvent.Code);
    }

    public static async Task Webhook_VersionPublished_DeliveredAndSigned(ServerFixture f)
    {
        await using var receiver = new FakeReceiver();
        var owner = await Accounts.RegisterAsync(f);
        await owner.Patch("org/settings", new JsonObject { ["allow_private_webhook_targets"] = true });
        var hook = await owner.Post("org/webhooks", new JsonObject { ["url"] = $"http://127.0.0.1:{receiver.Port}/hook", ["events"] = new JsonArray("version.published") });
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        await PlanSteps.PublishAsync(owner, plan, r1);
        var request = await receiver.NextAsync(TimeSpan.FromSeconds(30));
        var deliveries = await PollAsync(owner, hook.Json["id"]!.GetValue<string>(), "delivered");

        var secret = hook.Json["secret"]!.GetValue<string>();
        var expected = "sha256=" + WebhookDispatcher.Sign(secret, request.Headers["X-Trackboard-Timestamp"], request.Body);
        Assert.Equal(expected, request.Headers["X-Trackboard-Signature"]);
        Assert.Equal("version.published", request.Headers["X-Trackboard-Event"]);
        Assert.Equal(1, JsonNode.Parse(request.Body)!["data"]!["version_number"]!.GetValue<int>());
        Assert.Equal(1, deliveries[0]!["attempts"]!.GetValue<int>());
    }

    public static async Task Webhook_ReceiverFailsTwice_RetriedWithBackoffThenDelivered(ServerFixture f)
    {
        await using var receiver = new FakeReceiver(503, 500);
        var owner = await Accounts.RegisterAsync(f);
        await owner.Patch("org/settings", new JsonObject { ["allow_private_webhook_targets"] = true });
        var hook = await owner.Post("org/webhooks", new JsonObject { ["url"] = $"http://127.0.0.1:{receiver.Port}/hook", ["events"] = new JsonArray("version.published") });
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        await PlanSteps.PublishAsync(owner, plan, r1);
        var first = await receiver.NextAsync(TimeSpan.FromSeconds(30));
        var second = await receiver.NextAsync(TimeSpan.FromSeconds(30));
        var third = await receiver.NextAsync(TimeSpan.FromSeconds(60));
        var deliveries = await PollAsync(owner, hook.Json["id"]!.GetValue<string>(), "delivered");

        // The schedule is 2 s, then 10 s: each retry waits at least its step after the failed attempt.
        var at = new[] { first, second, third }.Select(r => long.Parse(r.Headers["X-Trackboard-Timestamp"], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.InRange(at[1] - at[0], 2, 20);
        Assert.InRange(at[2] - at[1], 10, 40);
        Assert.Equal(first.Headers["X-Trackboard-Delivery"], third.Headers["X-Trackboard-Delivery"]);
        Assert.Equal(3, deliveries[0]!["attempts"]!.GetValue<int>());
        Assert.Equal(200, deliveries[0]!["last_status_code"]!.GetValue<int>());
        Assert.Equal(3, receiver.Count);
    }

    public static async Task Webhook_LoopbackTargetWithoutSetting_RefusedAndLogged(ServerFixture f)
    {
        await using var receiver = new FakeReceiver();
        var owner = await Accounts.RegisterAsync(f);
        var hook = await owner.Post("org/webhooks", new JsonObject { ["url"] = $"http://localhost:{receiver.Port}/hook" });
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        await PlanSteps.PublishAsync(owner, plan, r1);
        var deliveries = await PollAsync(owner, hook.Json["id"]!.GetValue<string>(), "failed");

        Assert.Contains("not allowed", deliveries[0]!["last_error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, receiver.Count);
    }

    private static async Task<JsonArray> PollAsync(ApiClient owner, string hookId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var deliveries = (await owner.Get($"webhooks/{hookId}/deliveries")).Json.AsArray();
            if (deliveries.Count > 0 && deliveries[0]!["status"]!.GetValue<string>() == status)
            {
                return deliveries;
            }
            Assert.True(DateTime.UtcNow < deadline, $"delivery did not reach {status}: {deliveries.ToJsonString()}");
            await Task.Yield();
            await owner.Get("/health/live");
        }
    }
}
