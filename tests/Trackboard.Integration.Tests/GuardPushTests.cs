extern alias guard;

using System.Text.Json.Nodes;
using guard::Trackboard.Guard.Push;
using Microsoft.Data.Sqlite;
using Trackboard.Integration.Tests.Support;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Integration.Tests;

/// <summary>A real Guard pushing its DLQ rows and counts to a real Server (docs/guard.md, push).</summary>
public sealed class GuardPushTests
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(500);

    private static PushOptions Push(string token) => new()
    {
        Enabled = true, Token = token, GuardId = "edge-test", DlqInterval = TimeSpan.FromMilliseconds(100), CountsInterval = TimeSpan.FromSeconds(1),
        BatchSize = 3, RetryInitialDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromSeconds(1),
    };

    private static async Task<(ApiClient Owner, string ReadToken, string WriteToken, Guid Plan, string Version)> PublishedPlanAsync(ServerHost server)
    {
        var (owner, readToken) = await server.RegisterAsync();
        var write = await owner.Post("auth/tokens", new JsonObject { ["name"] = "guard-push", ["scope"] = "write" });
        Assert.True(write.Code == 201, write.ToString());
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var v1 = await PlanSteps.PublishAsync(owner, plan, r1);
        Assert.True(v1.Code == 201, v1.ToString());
        return (owner, readToken, write.Json["token"]!.GetValue<string>(), plan, v1.Json["version_id"]!.GetValue<string>());
    }

    private static JsonObject Signup(string method) => new()
    {
        ["event"] = "signup_completed", ["userId"] = "u1", ["messageId"] = Guid.NewGuid().ToString(),
        ["properties"] = new JsonObject { ["signup_method"] = method },
    };

    private static async Task<int> GuardEntriesAsync(ApiClient owner, Guid plan) =>
        (await owner.Get($"plans/{plan}/dlq?origin=guard&limit=1")).Json["total"]!.GetValue<int>();

    private static async Task SendAsync(GuardHost guard, int good, int bad)
    {
        for (var i = 0; i < good; i++)
        {
            Assert.Equal("accepted", (await guard.TrackAsync(Signup("email")))["decision"]!.GetValue<string>());
        }

        for (var i = 0; i < bad; i++)
        {
            Assert.Equal("blocked", (await guard.TrackAsync(Signup("fax")))["decision"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task DlqPush_AcrossGuardRestarts_EachRowOnceOnTheServer()
    {
        await using var server = ServerHost.Start();
        var (owner, readToken, writeToken, plan, version) = await PublishedPlanAsync(server);
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, readToken, s_poll, Push(writeToken));
        await Eventually.TrueAsync(async () => await guard.ReadyVersionAsync() == version, "Guard ready");

        await SendAsync(guard, good: 1, bad: 5);
        await Eventually.TrueAsync(async () => await GuardEntriesAsync(owner, plan) == 5, "5 DLQ rows on the Server");
        await guard.RestartAsync();
        await SendAsync(guard, good: 0, bad: 2);
        await Eventually.TrueAsync(async () => await GuardEntriesAsync(owner, plan) == 7, "7 DLQ rows on the Server after the restart");
        // A crash between the Server's answer and the cursor write: the next Guard pushes every row again.
        await guard.StopAsync();
        using (var store = new SqliteConnection($"Data Source={guard.StoreFile};Pooling=false"))
        {
            store.Open();
            using var reset = store.CreateCommand();
            reset.CommandText = "DELETE FROM push_cursor";
            Assert.Equal(1, reset.ExecuteNonQuery());
        }

        await guard.RestartAsync();
        await Eventually.TrueAsync(async () => (await guard.MetricsAsync()).Contains("trackboard_guard_push_dlq_rows 7\n", StringComparison.Ordinal),
            "all 7 rows pushed again");
        var list = await owner.Get($"plans/{plan}/dlq?origin=guard");
        var groups = await owner.Get($"plans/{plan}/dlq/groups");

        Assert.Equal(7, list.Json["total"]!.GetValue<int>());
        Assert.All(list.Json["items"]!.AsArray(), e => Assert.Equal(("blocked", "default"), (e!["kind"]!.GetValue<string>(), e["source"]!.GetValue<string>())));
        var group = groups.Json["items"]!.AsArray().Single()!;
        // Guard labels the rows with the version id it pulled; the Server files them under that version's number.
        Assert.Equal((7, "1"), (group["count"]!.GetValue<int>(), group["contract_version"]!.GetValue<string>()));
        Assert.Equal("enum_violation", group["violations"]![0]!["code"]!.GetValue<string>());
        Assert.Contains("trackboard_guard_push_dlq_backlog 0\n", await guard.MetricsAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counts_FromGuard_ArriveInComplianceStatsAndImplementationStatus()
    {
        await using var server = ServerHost.Start();
        var (owner, readToken, writeToken, plan, version) = await PublishedPlanAsync(server);
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, readToken, s_poll, Push(writeToken));
        await Eventually.TrueAsync(async () => await guard.ReadyVersionAsync() == version, "Guard ready");

        await SendAsync(guard, good: 4, bad: 2);
        await Eventually.TrueAsync(async () => (await owner.Get($"plans/{plan}/validate/stats")).Json["total_events"]!.GetValue<long>() == 6,
            "6 events in the compliance stats");
        // Counted but not yet sent at shutdown: stored, and sent by the next Guard.
        await SendAsync(guard, good: 1, bad: 0);
        await guard.RestartAsync();
        await Eventually.TrueAsync(async () => (await owner.Get($"plans/{plan}/validate/stats")).Json["total_events"]!.GetValue<long>() == 7,
            "the event counted before the restart");
        var stats = await owner.Get($"plans/{plan}/validate/stats");
        var status = await owner.Get($"plans/{plan}/implementation-status");
        var counts = await owner.Get($"plans/{plan}/guard/counts");

        Assert.Equal((5L, 2L), (stats.Json["valid_count"]!.GetValue<long>(), stats.Json["invalid_count"]!.GetValue<long>()));
        Assert.Equal(7L, stats.Json["by_origin"]!["guard"]!["total_events"]!.GetValue<long>());
        Assert.Equal(0.7143, stats.Json["compliance_rate"]!.GetValue<double>());
        Assert.Equal("signup_completed", stats.Json["top_failing_events"]![0]!["name"]!.GetValue<string>());
        var signup = status.Json["events"]!.AsArray().Single(e => e!["event_name"]!.GetValue<string>() == "signup_completed")!;
        Assert.Equal(("mixed", 5L, 2L), (signup["status"]!.GetValue<string>(), signup["valid_count"]!.GetValue<long>(), signup["invalid_count"]!.GetValue<long>()));
        var row = counts.Json["by_source_version"]!.AsArray().Single()!;
        Assert.Equal(("default", "1", 5L, 2L),
            (row["source"]!.GetValue<string>(), row["contract_version"]!.GetValue<string>(), row["valid_count"]!.GetValue<long>(), row["invalid_count"]!.GetValue<long>()));
        Assert.Equal("edge-test", counts.Json["guards"]![0]!["guard_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ServerDown_GuardRetriesWithBackoff_AndKeepsOnlyTheNewestRowsOverMaxBacklog()
    {
        await using var server = ServerHost.Start();
        var (owner, readToken, writeToken, plan, version) = await PublishedPlanAsync(server);
        var push = Push(writeToken) with { BatchSize = 2, MaxBacklog = 3 };
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, readToken, s_poll, push);
        await Eventually.TrueAsync(async () => await guard.ReadyVersionAsync() == version, "Guard ready");

        await server.StopAsync();
        await SendAsync(guard, good: 0, bad: 5);
        await Eventually.TrueAsync(async () => !(await guard.MetricsAsync()).Contains("trackboard_guard_push_dlq_errors 0\n", StringComparison.Ordinal),
            "a failed push while the Server is down");
        server.Restart();
        await Eventually.TrueAsync(async () => (await guard.MetricsAsync()).Contains("trackboard_guard_push_dlq_backlog 0\n", StringComparison.Ordinal),
            "the backlog sent once the Server is back");
        var list = await owner.Get($"plans/{plan}/dlq?origin=guard");
        var metrics = await guard.MetricsAsync();

        Assert.Equal(3, list.Json["total"]!.GetValue<int>());
        Assert.Contains("trackboard_guard_push_dlq_skipped_rows 2\n", metrics, StringComparison.Ordinal);
        Assert.Contains("trackboard_guard_push_dlq_rows 3\n", metrics, StringComparison.Ordinal);
    }
}
