using System.Collections.Concurrent;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

/// <summary>The Guard process and POSIX signals: SIGTERM shuts down without losing what was acknowledged, SIGHUP reloads.</summary>
public sealed class SignalTests
{
    [Fact]
    public async Task Serve_SigtermWhileIngesting_ExitsZeroKeepsEveryAcknowledgedEventAndClosesTheStore()
    {
        await using var destination = await FakeDestination.StartAsync();
        var (config, store) = WriteConfig(destination.Url);
        var acknowledged = new ConcurrentBag<string>();
        using var guard = await GuardProcess.StartAsync(config);
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, 4).Select(s => KillTests.SendUntilStoppedAsync(guard.Url, $"term-s{s}", acknowledged, stop.Token)).ToArray();
        await Eventually.TrueAsync(() => acknowledged.Count >= 50, "some events acknowledged");

        await guard.SignalAsync("TERM");
        using var exitTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await guard.Process.WaitForExitAsync(exitTimeout.Token);
        await stop.CancelAsync();
        await Task.WhenAll(senders);

        Assert.True(guard.Process.ExitCode == 0, guard.Output);
        // The last connection closed cleanly: SQLite checkpointed the WAL into the database and removed it.
        Assert.False(File.Exists(store + "-wal"), "the store was closed");
        var kept = KillTests.DlqIds(store);
        kept.UnionWith(OutboxIds(store));
        var lost = acknowledged.Where(id => !destination.Delivered.ContainsKey(id) && !kept.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged events lost, e.g. {string.Join(", ", lost.Take(5))}");
    }

    [Fact]
    public async Task Serve_SigtermDuringASlowForward_ThatForwardFinishesWithinShutdownTimeout()
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Delay = TimeSpan.FromSeconds(4);
        var (config, store) = WriteConfig(destination.Url);
        using var guard = await GuardProcess.StartAsync(config);
        using var client = new HttpClient { BaseAddress = new Uri(guard.Url) };
        Assert.True((await client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-slow")))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => destination.CallCount == 1, "the forward is on the wire");

        await guard.SignalAsync("TERM");
        using var exitTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await guard.Process.WaitForExitAsync(exitTimeout.Token);

        Assert.True(guard.Process.ExitCode == 0, guard.Output);
        Assert.True(destination.Delivered.ContainsKey("m-slow"));
        Assert.Equal(0, KillTests.Count(store, "SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Serve_Sighup_ReloadsTheContractAndKeepsRunning()
    {
        var (config, _) = WriteConfig("");
        using var guard = await GuardProcess.StartAsync(config);
        using var client = new HttpClient { BaseAddress = new Uri(guard.Url) };
        Assert.Contains("trackboard_guard_contract_reloads_total 1\n", await client.GetStringAsync("/metrics"), StringComparison.Ordinal);

        await guard.SignalAsync("HUP");
        await Eventually.TrueAsync(() => client.GetStringAsync("/metrics").Result.Contains("trackboard_guard_contract_reloads_total 2\n", StringComparison.Ordinal),
            "SIGHUP reloaded the (unchanged) contract file");

        Assert.False(guard.Process.HasExited, guard.Output);
        Assert.True((await client.GetAsync("/health/ready")).IsSuccessStatusCode);
        // No write_keys in this config: Guard takes unauthenticated calls, as the original did, and says so at start.
        Assert.Contains("No write keys are configured", guard.Output, StringComparison.Ordinal);
    }

    private static (string Config, string Store) WriteConfig(string destinationUrl)
    {
        var directory = Path.Combine(Path.GetTempPath(), "guard-signal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var contract = Path.Combine(directory, "contract.json");
        File.Copy(GuardServer.SeedContract, contract);
        var store = Path.Combine(directory, "guard.db");
        var config = Path.Combine(directory, "guard.yaml");
        File.WriteAllText(config, $"""
            http_addr: "127.0.0.1:0"
            contract_file: "{contract}"
            store_file: "{store}"
            destination: "{destinationUrl}"
            worker_count: 2
            shutdown_timeout: 5s
            """);
        return (config, store);
    }

    private static HashSet<string> OutboxIds(string store)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_id FROM outbox WHERE message_id IS NOT NULL";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
