using Microsoft.Extensions.Time.Testing;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Forwarding;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

public sealed class ForwarderTests
{
    [Fact]
    public async Task Forward_DestinationDownThenUp_AllDeliveredAfterRecovery()
    {
        await using var destination = await FakeDestination.StartAsync();
        var up = false;
        destination.Reply = _ => Volatile.Read(ref up) ? (200, null) : (null, null);
        await using var guard = await GuardServer.StartAsync(destination.Url);

        for (var i = 0; i < 20; i++)
        {
            Assert.True((await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-down-" + i)))).IsSuccessStatusCode);
        }

        await Eventually.TrueAsync(() => destination.CallCount >= 3, "a few failed attempts");
        Volatile.Write(ref up, true);
        await Eventually.TrueAsync(() => destination.Delivered.Count == 20, "all 20 delivered");
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM outbox") == 0, "the outbox rows removed after the acknowledgements");

        Assert.True(guard.Metrics.Retried.Value > 0);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Forward_RetryAfter_WaitsAtLeastThatLong(int status)
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = n => n == 1 ? (status, "1") : (200, null);
        await using var guard = await GuardServer.StartAsync(destination.Url);

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-ra")));
        await Eventually.TrueAsync(() => destination.Delivered.ContainsKey("m-ra"), "delivered after Retry-After");

        var calls = destination.Calls.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"second attempt after {(calls[1].At - calls[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Forward_Destination400_ParksAtOnceAsDeliveryFailed()
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = _ => (400, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, o => o with { Destination = o.Destination with { WriteKey = "dest-key" } });

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-400")));
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'delivery_failed'") == 1, "parked");

        Assert.Equal(1, destination.CallCount);
        Assert.Equal("destination_rejected_400", guard.ScalarText("SELECT reasons FROM dlq"));
        Assert.Equal("Basic " + Convert.ToBase64String("dest-key:"u8.ToArray()), destination.Calls.Single().Authorization);
        Assert.Equal(0, guard.Scalar("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Forward_MaxAttempts_ParksAsDeliveryFailed()
    {
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = _ => (500, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, o => o with { Retry = o.Retry with { MaxAttempts = 3 } });

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-500")));
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'delivery_failed'") == 1, "parked");

        Assert.Equal(3, destination.CallCount);
        Assert.Equal("max_attempts", guard.ScalarText("SELECT reasons FROM dlq"));
    }

    [Fact]
    public async Task Forward_MaxAge_ParksAsDeliveryFailedOnInjectedClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = _ => (503, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, o => o with { Retry = o.Retry with { MaxAge = TimeSpan.FromHours(1) } }, time: clock);

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-age")));
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value == 1, "first attempt failed and was scheduled");
        clock.Advance(TimeSpan.FromHours(2));
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM dlq WHERE kind = 'delivery_failed'") == 1, "parked once older than max_age");

        Assert.Equal(2, destination.CallCount);
        Assert.Equal("max_age", guard.ScalarText("SELECT reasons FROM dlq"));
        Assert.Equal(0, guard.Scalar("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Forward_AfterFailure_WaitsForBackoffOnInjectedClock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = n => n == 1 ? (503, null) : (200, null);
        await using var guard = await GuardServer.StartAsync(destination.Url,
            o => o with { Retry = o.Retry with { InitialDelay = TimeSpan.FromMinutes(10), MaxDelay = TimeSpan.FromMinutes(10) } }, time: clock);

        await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-clock")));
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value == 1, "first attempt failed and was scheduled");
        clock.Advance(TimeSpan.FromMinutes(4));
        // Proving that nothing happens needs real time to pass: give a wrongly early retry the chance to show.
        await Task.Delay(500);
        var callsBeforeBackoff = destination.CallCount;
        clock.Advance(TimeSpan.FromMinutes(6));
        await Eventually.TrueAsync(() => destination.Delivered.ContainsKey("m-clock"), "delivered once the backoff passed");

        Assert.Equal(1, callsBeforeBackoff);
        Assert.Equal(2, destination.CallCount);
    }

    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 0.999, 1000)]
    [InlineData(3, 0.0, 2000)]
    [InlineData(20, 0.0, 30_000)]
    public void Delay_Attempt_ExponentialCappedWithEqualJitter(int attempt, double jitter, int expectedMs)
    {
        var retry = new RetryOptions { InitialDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromMinutes(1) };

        var delay = Backoff.Delay(attempt, retry, jitter);

        Assert.InRange(delay.TotalMilliseconds, expectedMs - 1, expectedMs + 1);
    }

    [Fact]
    public void RetryAfter_HttpDate_IsTimeUntilThatDate()
    {
        var now = new DateTimeOffset(2026, 6, 27, 12, 0, 0, TimeSpan.Zero);

        var wait = Backoff.RetryAfter(new System.Net.Http.Headers.RetryConditionHeaderValue(now.AddSeconds(30)), now);

        Assert.Equal(TimeSpan.FromSeconds(30), wait);
    }
}
