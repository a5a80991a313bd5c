using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Policy;
using Trackboard.Guard.Replay;
using Trackboard.Guard.Storage;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

public sealed class ReplayAndReloadTests
{
    [Fact]
    public async Task Replay_AfterContractFix_DryRunThenRealThenSecondRunQueuesNothing()
    {
        await using var guard = await GuardServer.StartAsync();
        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-utm", extra: ",\"utm_campaign\":\"spring\"")));
        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-tw", method: "twitter")));
        await guard.StopAsync();
        WriteContract(guard.ContractPath, addUtmCampaign: true);
        InsertCorruptRow(guard.Options.StoreFile);

        var dry = Replay(guard, dryRun: true);
        var real = Replay(guard, dryRun: false);
        var again = Replay(guard, dryRun: false);

        Assert.Equal((1, 1, 1), (dry.Result.Queued, dry.Result.StillInvalid, dry.Result.Corrupt));
        Assert.Contains("would-queue", dry.Output, StringComparison.Ordinal);
        Assert.Equal(1, real.Result.Queued);
        Assert.Equal(0, again.Result.Queued);
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE message_id = 'm-utm'"));
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM dlq WHERE replayed_at IS NOT NULL"));
    }

    [Fact]
    public async Task Replay_WarnedRowAlreadyForwarded_NeverQueued()
    {
        await using var guard = await GuardServer.StartAsync(configure: o => o with { Policy = new() { Mode = Configuration.PolicyMode.Warn } });
        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-w", method: "twitter")));
        await guard.StopAsync();

        var run = Replay(guard, dryRun: false);

        Assert.Equal(0, run.Result.Queued);
        Assert.Equal(1, run.Result.AlreadyForwarded);
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Reload_HalfWrittenThenGoodFile_KeepsOldThenLoadsNew()
    {
        await using var guard = await GuardServer.StartAsync();
        var full = File.ReadAllText(guard.ContractPath);

        File.WriteAllText(guard.ContractPath, full[..(full.Length / 2)]);
        await Eventually.TrueAsync(() => guard.Metrics.ContractReloadFailures.Value >= 1, "the half-written file is refused");
        var during = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-during")));
        WriteContract(guard.ContractPath, addUtmCampaign: true, version: "version_2");
        await Eventually.TrueAsync(() => guard.Metrics.Render().Contains("version=\"version_2\"", StringComparison.Ordinal), "version_2 loaded");

        Assert.True(during.IsSuccessStatusCode);
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE message_id = 'm-during'"));
        Assert.Contains("trackboard_guard_contract_reload_failures_total", guard.Metrics.Render(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AfterTraffic_PrometheusTextWithCounters()
    {
        await using var guard = await GuardServer.StartAsync();
        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-metric")));

        var text = await guard.Client.GetStringAsync("/metrics");

        Assert.Contains("trackboard_guard_events_accepted_total 1\n", text, StringComparison.Ordinal);
        Assert.Contains("trackboard_guard_outbox_depth 1\n", text, StringComparison.Ordinal);
        Assert.Contains("trackboard_guard_contract_info{version=\"version_1\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("trackboard_guard_commit_seconds_count", text, StringComparison.Ordinal);
    }

    internal static (ReplayResult Result, string Output) Replay(GuardServer guard, bool dryRun)
    {
        var (contract, error) = ContractHolder.TryLoad(guard.ContractPath);
        Assert.True(contract is not null, error);
        using var connection = StoreSchema.Open(guard.Options.StoreFile, guard.Options.Durability);
        using var output = new StringWriter();
        var result = new ReplayRunner(guard.Options, contract, new EventProcessor(new GuardMetrics(), new Fanout(guard.Options)), TimeProvider.System)
            .Run(connection, new DlqFilter(true), dryRun, output);
        return (result, output.ToString());
    }

    internal static void WriteContract(string path, bool addUtmCampaign, string version = "version_1")
    {
        var contract = JsonNode.Parse(File.ReadAllText(GuardServer.SeedContract))!.AsObject();
        contract["version_id"] = version;
        if (addUtmCampaign)
        {
            contract["events"]![0]!["properties"]!.AsArray().Add(new JsonObject { ["name"] = "utm_campaign", ["type"] = "string", ["required"] = false });
        }

        File.WriteAllText(path, contract.ToJsonString());
    }

    private static void InsertCorruptRow(string storeFile)
    {
        using var connection = new SqliteConnection($"Data Source={storeFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO dlq(source, call_type, kind, reasons, body, received_at) VALUES('default', 'track', 'blocked', 'x', x'7b226576656e74', 0)";
        command.ExecuteNonQuery();
    }
}
