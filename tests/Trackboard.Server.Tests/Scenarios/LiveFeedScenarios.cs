using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class LiveFeedScenarios
{
    private static async Task<(ApiClient Owner, Guid Plan, ApiClient Validator)> PublishedPlanWithKeyAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, r1)).Code);
        var key = await owner.Post($"plans/{plan}/keys", new JsonObject { ["label"] = "web" });
        var validator = f.Client();
        validator.Http.DefaultRequestHeaders.Add("X-API-Key", key.Json["full_key"]!.GetValue<string>());
        return (owner, plan, validator);
    }

    private static JsonObject Signup(string method) =>
        new() { ["event"] = "signup_completed", ["userId"] = "u1", ["properties"] = new JsonObject { ["signup_method"] = method } };

    public static async Task LiveFeed_TwoOrganizations_EachSeesOnlyItsOwnResults(ServerFixture f)
    {
        var (ownerA, planA, validatorA) = await PublishedPlanWithKeyAsync(f);
        var (ownerB, planB, validatorB) = await PublishedPlanWithKeyAsync(f);
        await using var feedA = await SseStream.OpenAsync(f.Client().Http, $"plans/{planA}/live", ownerA.Token);
        await using var feedB = await SseStream.OpenAsync(f.Client().Http, $"plans/{planB}/live", ownerB.Token);
        await using var crossOrg = await SseStream.OpenAsync(f.Client().Http, $"plans/{planA}/live", ownerB.Token);
        await using var anonymous = await SseStream.OpenAsync(f.Client().Http, $"plans/{planA}/live", null);
        var readyA = await feedA.NextAsync();
        var readyB = await feedB.NextAsync();

        Assert.Equal(200, (await validatorA.Post("validate", Signup("twitter"))).Code);
        Assert.Equal(200, (await validatorB.Post("validate", Signup("email"))).Code);
        var seenByA = await feedA.NextAsync();
        var seenByB = await feedB.NextAsync();

        Assert.Equal("text/event-stream", feedA.ContentType);
        Assert.Equal(("ready", planA.ToString()), (readyA.Event, readyA.Data["plan_id"]!.GetValue<string>()));
        Assert.Equal("ready", readyB.Event);
        Assert.Equal(404, (int)crossOrg.Status);
        Assert.Equal(401, (int)anonymous.Status);
        Assert.Equal("validation", seenByA.Event);
        Assert.Equal(planA.ToString(), seenByA.Data["plan_id"]!.GetValue<string>());
        Assert.False(seenByA.Data["valid"]!.GetValue<bool>());
        Assert.Equal(1, seenByA.Data["version_number"]!.GetValue<long>());
        Assert.Equal(["enum_violation"], seenByA.Data["violations"]!.AsArray().Select(v => v!["code"]!.GetValue<string>()));
        Assert.DoesNotContain("twitter", seenByA.Data.ToJsonString(), StringComparison.Ordinal);
        // Org A's result was published first: had it leaked, it would be what B saw.
        Assert.Equal(planB.ToString(), seenByB.Data["plan_id"]!.GetValue<string>());
        Assert.True(seenByB.Data["valid"]!.GetValue<bool>());
    }

    public static async Task LiveFeed_SecondServerInstance_SeesResultsValidatedOnTheFirst(ServerFixture f)
    {
        var (owner, plan, validator) = await PublishedPlanWithKeyAsync(f);
        await using var second = f.WithSettings(new Dictionary<string, string?> { ["Trackboard:Auth:AuthRequestsPerMinute"] = "100000" });
        await using var onFirst = await SseStream.OpenAsync(f.Client().Http, $"plans/{plan}/live", owner.Token);
        await using var onSecond = await SseStream.OpenAsync(second.CreateClient(), $"plans/{plan}/live", owner.Token);
        Assert.Equal("ready", (await onFirst.NextAsync()).Event);
        Assert.Equal("ready", (await onSecond.NextAsync()).Event);

        var batch = await validator.Post("validate/batch", new JsonObject { ["events"] = new JsonArray(Signup("email"), Signup("fax")) });

        Assert.Equal(200, batch.Code);
        var first = new[] { await onFirst.NextAsync(), await onFirst.NextAsync() };
        Assert.Equal([false, true], first.Select(e => e.Data["valid"]!.GetValue<bool>()).Order());
        if (f.Provider == "postgres")
        {
            // Instances share results through LISTEN/NOTIFY on the one database.
            var other = new[] { await onSecond.NextAsync(), await onSecond.NextAsync() };
            Assert.Equal(first.Select(e => e.Data["id"]!.GetValue<string>()).Order(StringComparer.Ordinal), other.Select(e => e.Data["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        }
    }
}
