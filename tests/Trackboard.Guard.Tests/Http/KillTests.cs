using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

/// <summary>kill -9 at random moments: every acknowledged messageId must end up delivered or in the DLQ.</summary>
public sealed class KillTests
{
    [Fact]
    public async Task Serve_KilledTenTimesWhileIngesting_NoAcknowledgedEventLost()
    {
        await using var destination = await FakeDestination.StartAsync();
        var directory = Path.Combine(Path.GetTempPath(), "guard-kill-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var store = Path.Combine(directory, "guard.db");
        var config = Path.Combine(directory, "guard.yaml");
        File.WriteAllText(config, $"""
            http_addr: "127.0.0.1:0"
            contract_file: "{GuardServer.SeedContract}"
            store_file: "{store}"
            destination: "{destination.Url}"
            worker_count: 2
            durability: process
            retry:
              initial_delay: 50ms
              max_delay: 200ms
            """);
        var acknowledged = new ConcurrentBag<string>();
        var random = new Random(5);

        for (var round = 0; round < 10; round++)
        {
            using var guard = await GuardProcess.StartAsync(config);
            using var stop = new CancellationTokenSource();
            var senders = Enumerable.Range(0, 4).Select(s => SendUntilStoppedAsync(guard.Url, $"r{round}-s{s}", acknowledged, stop.Token)).ToArray();
            await Task.Delay(random.Next(150, 700));
            guard.Process.Kill();
            await guard.Process.WaitForExitAsync();
            await stop.CancelAsync();
            await Task.WhenAll(senders);
        }

        using (var last = await GuardProcess.StartAsync(config))
        {
            await Eventually.TrueAsync(() => Count(store, "SELECT COUNT(*) FROM outbox") == 0, "the outbox drains after the last restart", 60);
            last.Process.Kill();
            await last.Process.WaitForExitAsync();
        }

        var parked = DlqIds(store);
        var lost = acknowledged.Where(id => !destination.Delivered.ContainsKey(id) && !parked.Contains(id)).ToList();
        Assert.True(acknowledged.Count > 100, $"only {acknowledged.Count} events were acknowledged");
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged events lost, e.g. {string.Join(", ", lost.Take(5))}");
    }

    internal static async Task SendUntilStoppedAsync(string url, string prefix, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        for (var seq = 0; !stop.IsCancellationRequested; seq++)
        {
            var ids = Enumerable.Range(0, 5).Select(j => $"{prefix}-{seq}-{j}").ToArray();
            try
            {
                var response = await client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch(ids.Select(id => Payloads.Signup(id)).ToArray())), CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    foreach (var id in ids)
                    {
                        acknowledged.Add(id);
                    }
                }
            }
            catch (HttpRequestException)
            {
                // Killed mid-request: not acknowledged, so the client would retry; nothing to check.
                return;
            }
        }
    }

    internal static long Count(string store, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    internal static HashSet<string> DlqIds(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT message_id FROM dlq WHERE message_id IS NOT NULL";
        using var reader = command.ExecuteReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
