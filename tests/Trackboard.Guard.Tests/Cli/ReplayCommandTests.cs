using Trackboard.Guard.Tests.Config;
using Trackboard.Guard.Tests.Http;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Cli;

/// <summary><c>trackboard-guard replay</c> as a process: the filters and a bad <c>--since</c>.</summary>
public sealed class ReplayCommandTests
{
    [Fact]
    public async Task Replay_Filters_LimitEventAndSinceChooseTheRows()
    {
        await using var guard = await GuardServer.StartAsync();
        foreach (var id in new[] { "m-u1", "m-u2" })
        {
            await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup(id, extra: ",\"utm_campaign\":\"spring\"")));
        }

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-tw", method: "twitter")));
        await guard.StopAsync();
        ReplayAndReloadTests.WriteContract(guard.ContractPath, addUtmCampaign: true);
        var config = ConfigTests.WriteYaml($"contract_file: \"{guard.ContractPath}\"\nstore_file: \"{guard.Options.StoreFile}\"\n");

        var limited = await GuardProcess.RunAsync("replay", "--dry-run", "--limit", "1", "--config", config);
        var otherEvent = await GuardProcess.RunAsync("replay", "--event", "page_viewed", "--config", config);
        var future = await GuardProcess.RunAsync("replay", "--since", "2099-01-01T00:00:00Z", "--config", config);
        var recent = await GuardProcess.RunAsync("replay", "--since", "2h", "--event", "signup_completed", "--config", config);

        Assert.True(limited.Exit == 0, limited.Stderr);
        Assert.Equal(["would-queue"], limited.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[0]));
        Assert.Contains("0 queued, 0 still invalid", otherEvent.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 queued, 0 still invalid", future.Stderr, StringComparison.Ordinal);
        Assert.Contains("2 queued, 1 still invalid", recent.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE message_id IN ('m-u1', 'm-u2')"));
    }

    [Fact]
    public async Task Replay_UnreadableSince_Exit64NamingTheOption()
    {
        var config = ConfigTests.WriteYaml($"contract_file: \"{GuardServer.SeedContract}\"\nstore_file: \"{Path.Combine(Path.GetTempPath(), "guard-replay-" + Guid.NewGuid().ToString("N") + ".db")}\"\n");

        var run = await GuardProcess.RunAsync("replay", "--since", "last tuesday", "--config", config);

        Assert.Equal(64, run.Exit);
        Assert.Contains("--since: 'last tuesday'", run.Stderr, StringComparison.Ordinal);
    }
}
