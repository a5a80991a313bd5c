using Trackboard.Guard.Configuration;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

/// <summary>Several destinations: each has its own outbox rows and retry state.</summary>
public sealed class DestinationTests
{
    [Fact]
    public async Task Forward_OneDestinationDown_OthersDeliverAndItCatchesUp()
    {
        await using var healthy = await FakeDestination.StartAsync();
        await using var flaky = await FakeDestination.StartAsync();
        var up = false;
        flaky.Reply = _ => Volatile.Read(ref up) ? (200, null) : (503, null);
        await using var guard = await GuardServer.StartAsync(healthy.Url, o => o with
        {
            Destinations = [new DestinationOptions { Name = "flaky", Url = flaky.Url, BatchSize = 5 }],
        });

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-two-" + i)))).IsSuccessStatusCode);
        }

        await Eventually.TrueAsync(() => healthy.Delivered.Count == 20, "all 20 at the healthy destination while the other is down");
        await Eventually.TrueAsync(() => flaky.CallCount >= 3, "a few refused attempts");
        var waiting = guard.Scalar("SELECT COUNT(*) FROM outbox WHERE destination = 'flaky'");
        Volatile.Write(ref up, true);
        await Eventually.TrueAsync(() => flaky.Delivered.Count == 20, "all 20 at the recovered destination");

        Assert.Equal(20, waiting);
        Assert.Equal(0, guard.Scalar("SELECT COUNT(*) FROM outbox"));
        Assert.All(healthy.Delivered.Values, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task Replay_DeliveryFailedAtOneDestination_QueuedForThatDestinationOnly()
    {
        await using var healthy = await FakeDestination.StartAsync();
        await using var strict = await FakeDestination.StartAsync();
        var accept = false;
        strict.Reply = _ => Volatile.Read(ref accept) ? (200, null) : (400, null);
        await using var guard = await GuardServer.StartAsync(healthy.Url, o => o with
        {
            Destinations = [new DestinationOptions { Name = "strict", Url = strict.Url }],
        });

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-parked")));
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'delivery_failed'") == 1, "parked for strict");
        await Eventually.TrueAsync(() => healthy.Delivered.ContainsKey("m-parked"), "delivered to the healthy one");
        Volatile.Write(ref accept, true);
        var (result, output) = ReplayAndReloadTests.Replay(guard, dryRun: false);
        await Eventually.TrueAsync(() => strict.Delivered.ContainsKey("m-parked"), "delivered to strict after replay");
        // The destination records the event before it answers; the outbox row goes once Guard has the answer.
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM outbox") == 0, "the outbox row removed after the acknowledgement");

        Assert.Equal(1, result.Queued);
        Assert.Contains("queued", output, StringComparison.Ordinal);
        Assert.Equal("strict", guard.ScalarText("SELECT destination FROM dlq"));
        Assert.Equal(1, healthy.Delivered["m-parked"]);
    }
}
