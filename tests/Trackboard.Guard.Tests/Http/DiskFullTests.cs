using System.Net;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

/// <summary>The store's disk really fills up (a small tmpfs), then gets room again.</summary>
public sealed class DiskFullTests
{
    [FactRequiringTmpfs]
    public async Task Track_DiskFull_Answers503StoreFullKeepsAcknowledgedAndRecovers()
    {
        Assert.True(TmpfsMount.MissingReason is null, "TRACKBOARD_CI=1 and this test needs a tmpfs mount: " + TmpfsMount.MissingReason);
        await using var disk = await TmpfsMount.MountAsync(kibibytes: 512);
        await using var destination = await FakeDestination.StartAsync();
        var up = false;
        destination.Reply = _ => Volatile.Read(ref up) ? (200, null) : (null, null);
        await using var guard = await GuardServer.StartAsync(destination.Url, o => o with
        {
            StoreFile = Path.Combine(disk.Path, "guard.db"),
            Retry = o.Retry with { MaxAttempts = 100_000 },
            Policy = o.Policy with { UnplannedProperties = Configuration.UnplannedProperties.Forward },
        });
        var acknowledged = new List<string>();
        HttpResponseMessage? full = null;
        var refused = "";
        var pad = ",\"pad\":\"" + new string('x', 2000) + "\"";

        for (var i = 0; i < 2000 && full is null; i++)
        {
            var response = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-disk-" + i, extra: pad)));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                acknowledged.Add("m-disk-" + i);
            }
            else
            {
                (full, refused) = (response, "m-disk-" + i);
            }
        }

        var keptWhileFull = guard.Scalar("SELECT COUNT(*) FROM outbox") + guard.Scalar("SELECT COUNT(*) FROM dlq");
        await disk.ResizeAsync(kibibytes: 8192);
        var afterRoom = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-disk-after", extra: pad)));
        Volatile.Write(ref up, true);
        await Eventually.TrueAsync(() => destination.Delivered.Count == acknowledged.Count + 1 || guard.Scalar("SELECT COUNT(*) FROM outbox") == 0, "outbox drained", seconds: 60);

        Assert.Equal(acknowledged.Append("m-disk-after").Order(StringComparer.Ordinal), destination.Delivered.Keys.Order(StringComparer.Ordinal));
        Assert.False(destination.Delivered.ContainsKey(refused));
        Assert.NotNull(full);
        Assert.Equal("5", full.Headers.RetryAfter?.ToString());
        await BadInputTests.AssertCodeAsync(full, "store_full");
        Assert.True(acknowledged.Count > 10, $"only {acknowledged.Count} events fit");
        Assert.Equal(acknowledged.Count, keptWhileFull);
        Assert.Equal(HttpStatusCode.OK, afterRoom.StatusCode);
    }
}
