using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Trackboard.Server.Tests.Support;
using Trackboard.Server.Validation;

namespace Trackboard.Server.Tests.Scenarios;

public static class ValidationScenarios
{
    internal static async Task<(ApiClient Owner, Guid Plan, ApiClient Validator, string KeyId)> PublishedPlanWithKeyAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, r1)).Code);
        var key = await owner.Post($"plans/{plan}/keys", new JsonObject { ["label"] = "web" });
        Assert.Equal(201, key.Code);
        var validator = f.Client();
        validator.Http.DefaultRequestHeaders.Add("X-API-Key", key.Json["full_key"]!.GetValue<string>());
        return (owner, plan, validator, key.Json["id"]!.GetValue<string>());
    }

    internal static JsonObject Event(string method, bool extra = false)
    {
        var properties = new JsonObject { ["signup_method"] = method };
        if (extra)
        {
            properties["utm_campaign"] = "x";
        }
        return new JsonObject { ["event"] = "signup_completed", ["userId"] = "u1", ["properties"] = properties };
    }

    public static async Task Validate_ValidAndInvalid_ViolationsWithCodes(ServerFixture f)
    {
        var (_, _, validator, _) = await PublishedPlanWithKeyAsync(f);

        var valid = await validator.Post("validate", Event("email"));
        var invalid = await validator.Post("validate", Event("twitter", extra: true));
        var anonymous = await validator.Post("validate", new JsonObject { ["event"] = "signup_completed", ["properties"] = new JsonObject { ["signup_method"] = "email" } });
        var malformed = await validator.Post("validate", "{\"event\":");

        Assert.True(valid.Json["valid"]!.GetValue<bool>(), valid.ToString());
        Assert.False(invalid.Json["valid"]!.GetValue<bool>());
        Assert.Equal(["enum_violation", "unknown_property"], invalid.Json["violations"]!.AsArray().Select(v => v!["code"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains(anonymous.Json["violations"]!.AsArray(), v => v!["code"]!.GetValue<string>() == "missing_identity");
        Assert.Equal((400, "invalid_json"), (malformed.Code, malformed.ProblemCode));
    }

    public static async Task Validate_KeyRevokedRotatedOrExpired_Unauthorized(ServerFixture f)
    {
        var (owner, plan, validator, keyId) = await PublishedPlanWithKeyAsync(f);
        var expiring = await owner.Post($"plans/{plan}/keys", new JsonObject { ["label"] = "short", ["expires_at"] = f.Time.GetUtcNow().AddMinutes(30) });
        var shortLived = f.Client();
        shortLived.Http.DefaultRequestHeaders.Add("X-API-Key", expiring.Json["full_key"]!.GetValue<string>());

        var rotated = await owner.Post($"keys/{keyId}/rotate");
        var oldKey = await validator.Post("validate", Event("email"));
        var fresh = f.Client();
        fresh.Http.DefaultRequestHeaders.Add("X-API-Key", rotated.Json["full_key"]!.GetValue<string>());
        var newKey = await fresh.Post("validate", Event("email"));
        await owner.Delete($"keys/{keyId}");
        var revoked = await fresh.Post("validate", Event("email"));
        var beforeExpiry = await shortLived.Post("validate", Event("email"));
        f.Time.Advance(TimeSpan.FromMinutes(45));
        var afterExpiry = await shortLived.Post("validate", Event("email"));
        var noKey = await f.Client().Post("validate", Event("email"));
        var keys = await owner.Get($"plans/{plan}/keys");

        Assert.Equal((401, "invalid_api_key"), (oldKey.Code, oldKey.ProblemCode));
        Assert.Equal(200, newKey.Code);
        Assert.Equal((401, "invalid_api_key"), (revoked.Code, revoked.ProblemCode));
        Assert.Equal(200, beforeExpiry.Code);
        Assert.Equal((401, "invalid_api_key"), (afterExpiry.Code, afterExpiry.ProblemCode));
        Assert.Equal(401, noKey.Code);
        Assert.All(keys.Json.AsArray(), k => Assert.Null(k!["full_key"]));
        Assert.All(keys.Json.AsArray(), k => Assert.False(k!["is_active"]!.GetValue<bool>()));
    }

    public static async Task ValidateBatch_OverLimit_RejectedAndWithinLimitCounted(ServerFixture f)
    {
        var (_, _, validator, _) = await PublishedPlanWithKeyAsync(f);
        var tooMany = new StringBuilder("{\"events\":[");
        tooMany.AppendJoin(',', Enumerable.Repeat(Event("email").ToJsonString(), 1001));
        tooMany.Append("]}");

        var rejected = await validator.Post("validate/batch", tooMany.ToString());
        var batch = await validator.Post("validate/batch", new JsonObject { ["events"] = new JsonArray(Event("email"), Event("twitter"), Event("google")) });
        var notArray = await validator.Post("validate/batch", new JsonObject { ["events"] = 5 });

        Assert.Equal((413, "batch_too_large"), (rejected.Code, rejected.ProblemCode));
        Assert.Equal(200, batch.Code);
        Assert.Equal((3, 2, 1), (batch.Json["total"]!.GetValue<int>(), batch.Json["valid_count"]!.GetValue<int>(), batch.Json["invalid_count"]!.GetValue<int>()));
        Assert.Equal(400, notArray.Code);
    }

    public static async Task Stats_AfterValidations_ComputedPerEvent(ServerFixture f)
    {
        var (owner, plan, validator, _) = await PublishedPlanWithKeyAsync(f);
        await validator.Post("validate/batch", new JsonObject
        {
            ["events"] = new JsonArray(Event("email"), Event("email"), Event("twitter"), new JsonObject { ["event"] = "ghost", ["userId"] = "u" }),
        });

        var stats = await owner.Get($"plans/{plan}/validate/stats");
        var status = await owner.Get($"plans/{plan}/implementation-status");

        Assert.Equal((4, 2, 2), (stats.Json["total_events"]!.GetValue<int>(), stats.Json["valid_count"]!.GetValue<int>(), stats.Json["invalid_count"]!.GetValue<int>()));
        Assert.Equal(0.5, stats.Json["compliance_rate"]!.GetValue<double>());
        var day = Assert.Single(stats.Json["daily"]!.AsArray())!;
        Assert.Equal(f.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day["date"]!.GetValue<string>());
        Assert.Equal((4, 2, 0.5), (day["total_events"]!.GetValue<int>(), day["valid_count"]!.GetValue<int>(), day["compliance_rate"]!.GetValue<double>()));
        var events = status.Json["events"]!.AsArray().ToDictionary(e => e!["event_name"]!.GetValue<string>(), e => e!);
        Assert.Equal("mixed", events["signup_completed"]["status"]!.GetValue<string>());
        Assert.Equal((2, 1), (events["signup_completed"]["valid_count"]!.GetValue<int>(), events["signup_completed"]["invalid_count"]!.GetValue<int>()));
        Assert.Equal("seen_invalid", events["ghost"]["status"]!.GetValue<string>());
        Assert.False(events["ghost"]["in_plan"]!.GetValue<bool>());
    }

    public static async Task Stats_OverTwoDays_DailySeriesOldestFirst(ServerFixture f)
    {
        var (owner, plan, validator, _) = await PublishedPlanWithKeyAsync(f);
        var first = f.Time.GetUtcNow().UtcDateTime;
        await validator.Post("validate", Event("email"));
        f.Time.Advance(TimeSpan.FromDays(1));
        await validator.Post("validate", Event("twitter"));
        await validator.Post("validate", Event("email"));
        var relogin = await owner.Post("auth/login", new JsonObject { ["email"] = owner.Email, ["password"] = Accounts.Password });
        owner.Token = relogin.Json["access_token"]!.GetValue<string>();

        var daily = (await owner.Get($"plans/{plan}/validate/stats?days=7")).Json["daily"]!.AsArray()
            .Select(d => (d!["date"]!.GetValue<string>(), d["total_events"]!.GetValue<int>(), d["compliance_rate"]!.GetValue<double>())).ToList();

        Assert.Equal(
            [(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 1, 1.0), (first.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), 2, 0.5)],
            daily);
    }

    public static async Task Retention_OldResults_Purged(ServerFixture f)
    {
        var (owner, plan, validator, _) = await PublishedPlanWithKeyAsync(f);
        await validator.Post("validate", Event("email"));
        var retention = f.Factory.Services.GetServices<IHostedService>().OfType<RetentionService>().Single();

        var before = await owner.Get($"plans/{plan}/validate/stats?days=3650");
        f.Time.Advance(TimeSpan.FromDays(31));
        var purged = await retention.PurgeAsync(CancellationToken.None);
        var relogin = await owner.Post("auth/login", new JsonObject { ["email"] = owner.Email, ["password"] = Accounts.Password });
        owner.Token = relogin.Json["access_token"]!.GetValue<string>();
        var after = await owner.Get($"plans/{plan}/validate/stats?days=3650");

        Assert.Equal(1, before.Json["total_events"]!.GetValue<int>());
        Assert.True(purged >= 1);
        Assert.Equal(0, after.Json["total_events"]!.GetValue<int>());
    }
}
