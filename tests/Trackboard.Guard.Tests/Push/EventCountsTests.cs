using Trackboard.Guard.Push;

namespace Trackboard.Guard.Tests.Push;

public sealed class EventCountsTests
{
    [Fact]
    public void Take_ConcurrentAdds_EachCountedInExactlyOneWindow()
    {
        var counts = new EventCounts();
        var windows = new List<List<(string Source, string Version, string Event, long Valid, long Invalid)>>();
        var adders = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 50_000; i++)
            {
                counts.Add(t % 2 == 0 ? "web" : "ios", "3", "signup_completed", valid: i % 5 != 0);
            }
        })).ToArray();
        while (!Task.WhenAll(adders).IsCompleted)
        {
            windows.Add(counts.Take());
        }

        windows.Add(counts.Take());
        var all = windows.SelectMany(w => w).ToList();

        Assert.Equal(200_000, all.Sum(r => r.Valid + r.Invalid));
        Assert.Equal(40_000, all.Sum(r => r.Invalid));
        Assert.Empty(counts.Take());
    }

    [Fact]
    public void Take_WhileNewKeysArrive_NeitherThrowsNorLosesCounts()
    {
        var counts = new EventCounts();
        var windows = new List<List<(string Source, string Version, string Event, long Valid, long Invalid)>>();
        // Every add is a new key, so the dictionary grows while Take reads it.
        var adders = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                counts.Add("web", "1", $"event_{t}_{i}", valid: true);
            }
        })).ToArray();
        while (!Task.WhenAll(adders).IsCompleted)
        {
            windows.Add(counts.Take());
        }

        windows.Add(counts.Take());

        Assert.Equal(8_000, windows.SelectMany(w => w).Sum(r => r.Valid));
    }

    [Fact]
    public void Take_OrdersRowsAndSkipsEmptyOnes()
    {
        var counts = new EventCounts();
        counts.Add("web", "2", "b", valid: true);
        counts.Add("ios", "2", "a", valid: false);
        counts.Add("web", null, null, valid: true);
        _ = counts.Take();
        counts.Add("web", "2", "b", valid: false);

        Assert.Equal([("web", "2", "b", 0L, 1L)], counts.Take());
    }

    [Fact]
    public void Add_PastMaxKeys_NewEventNamesCountAsOther()
    {
        var counts = new EventCounts();
        for (var i = 0; i < EventCounts.MaxKeys + 5; i++)
        {
            counts.Add("web", "1", "event_" + i, valid: true);
        }

        var window = counts.Take();

        Assert.Equal(EventCounts.MaxKeys + 1, window.Count);
        Assert.Equal(5, window.Single(r => r.Event == "(other)").Valid);
    }
}
