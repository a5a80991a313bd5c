using Microsoft.Extensions.Time.Testing;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

/// <summary>A worker leases several batches at once: each batch keeps its own outcome.</summary>
public sealed class ForwarderLeaseTests
{
    private static GuardOptions BatchesOfTen(GuardOptions o) => o with { Destination = o.Destination with { BatchSize = 10 } };

    [Fact]
    public async Task Forward_OneBatchOfALeaseRefused_OnlyThatBatchParkedOthersDelivered()
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = n => n == 2 ? (400, null) : (200, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, BatchesOfTen);

        var response = await guard.Client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch([.. Enumerable.Range(0, 50).Select(i => Payloads.Signup("m-lease-" + i))])));
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM outbox") == 0, "the outbox drains");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(5, destination.CallCount);
        Assert.Equal(40, destination.Delivered.Count);
        Assert.Equal(10, guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'delivery_failed' AND reasons = 'destination_rejected_400'"));
    }

    [Fact]
    public async Task Forward_DestinationFailsMidLease_UnsentBatchesWaitWithoutAnAttempt()
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = n => n == 2 ? (503, "1") : (200, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, BatchesOfTen);

        await guard.Client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch([.. Enumerable.Range(0, 50).Select(i => Payloads.Signup("m-defer-" + i))])));
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value == 10, "the failed batch is scheduled again");
        // Given back due when the failed batch is, not at once and not counted as an attempt.
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM outbox WHERE attempts = 0 AND leased = 0 AND next_attempt_at >= received_at + 900") == 30,
            "the 30 unsent events wait without an attempt");
        await Eventually.TrueAsync(() => destination.Delivered.Count == 50, "all 50 delivered after Retry-After");

        Assert.Equal(10, guard.Metrics.Retried.Value);
        var calls = destination.Calls.ToArray();
        Assert.True(calls[2].At - calls[1].At >= TimeSpan.FromMilliseconds(950), "the unsent batches waited as long as the failed one");
    }

    [Fact]
    public async Task Forward_FailureUnderABacklog_WholeDestinationWaitsAndNoRowSpendsAnAttemptUntried()
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = n => n == 2 ? (429, "1") : (200, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, o => BatchesOfTen(o) with { WorkerCount = 1 });

        // 200 events, leases of 80: the first lease is on the wire while the next one is prefetched.
        await guard.Client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch([.. Enumerable.Range(0, 200).Select(i => Payloads.Signup("m-hold-" + i))])));
        await Eventually.TrueAsync(() => destination.Delivered.Count == 200, "all 200 delivered after Retry-After");

        var calls = destination.Calls.ToArray();
        Assert.Equal(21, calls.Length);
        Assert.Equal(10, guard.Metrics.Retried.Value);
        Assert.True(calls[2].At - calls[1].At >= TimeSpan.FromMilliseconds(950), $"the next call came {(calls[2].At - calls[1].At).TotalMilliseconds} ms after the 429");
    }

    [Fact]
    public async Task Forward_DestinationStaysDown_EachFailureInARowLengthensTheHoldEvenForUntriedRows()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = _ => (503, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, o => o with
        {
            Destination = o.Destination with { BatchSize = 1 },
            Retry = o.Retry with { InitialDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromHours(1) },
        }, time: clock);

        // Twenty rows, leases of eight: the first lease and the prefetched one wait after the failure; the four rows
        // left out of both were never tried, are due first, and probe next.
        await guard.Client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch([.. Enumerable.Range(0, 20).Select(i => Payloads.Signup("m-down-" + i))])));
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value == 1, "the first probe failed");
        clock.Advance(TimeSpan.FromMinutes(1));
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value == 2, "the second probe, a row not tried yet, failed");
        clock.Advance(TimeSpan.FromSeconds(59));
        // Proving that nothing happens needs real time to pass: give a wrongly early probe the chance to show.
        await Task.Delay(500);
        var callsWithinTheFirstDelay = destination.CallCount;
        clock.Advance(TimeSpan.FromMinutes(2));
        await Eventually.TrueAsync(() => destination.CallCount == 3, "the third probe after the second, longer hold");

        // Second failure in a row: at least half of 2 minutes, although the row it probed had never been tried.
        Assert.Equal(2, callsWithinTheFirstDelay);
        var probed = destination.Calls.Select(c => c.Body.GetProperty("batch")[0].GetProperty("messageId").GetString()!).ToArray();
        Assert.Equal(["m-down-0", "m-down-16"], probed.Take(2));
    }
}
