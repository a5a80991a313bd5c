using System.Collections.Concurrent;

namespace Trackboard.Guard.Push;

/// <summary>
/// Valid and invalid events per source, contract version and event since the last window was taken. Ingest adds to it after
/// each commit (duplicates are not counted); <see cref="CountsPusher"/> takes a window every <c>push.counts_interval</c>.
/// Cells are kept and read-and-reset atomically, so an increment is in exactly one window.
/// </summary>
internal sealed class EventCounts
{
    /// <summary>Past this many distinct keys (unplanned event names are unbounded), new event names count as <c>(other)</c>.</summary>
    public const int MaxKeys = 10_000;

    private readonly ConcurrentDictionary<(string Source, string Version, string Event), Cell> _cells = new();

    public void Add(string source, string? version, string? eventName, bool valid)
    {
        var key = (source, version ?? "", eventName ?? "");
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = _cells.Count < MaxKeys ? _cells.GetOrAdd(key, static _ => new Cell()) : _cells.GetOrAdd((source, version ?? "", "(other)"), static _ => new Cell());
        }

        if (valid)
        {
            Interlocked.Increment(ref cell.Valid);
        }
        else
        {
            Interlocked.Increment(ref cell.Invalid);
        }
    }

    /// <summary>Takes what was counted since the last call and starts those counts from zero.</summary>
    public List<(string Source, string Version, string Event, long Valid, long Invalid)> Take()
    {
        var window = new List<(string, string, string, long, long)>();
        // ConcurrentDictionary.ToArray is one locked snapshot; LINQ over the dictionary itself reads Count and then copies,
        // and throws when ingest adds a key in between.
        foreach (var (key, cell) in _cells.ToArray().OrderBy(kv => kv.Key.Source, StringComparer.Ordinal).ThenBy(kv => kv.Key.Version, StringComparer.Ordinal)
            .ThenBy(kv => kv.Key.Event, StringComparer.Ordinal))
        {
            var valid = Interlocked.Exchange(ref cell.Valid, 0);
            var invalid = Interlocked.Exchange(ref cell.Invalid, 0);
            if (valid + invalid > 0)
            {
                window.Add((key.Source, key.Version, key.Event, valid, invalid));
            }
        }

        return window;
    }

    private sealed class Cell
    {
        public long Valid;
        public long Invalid;
    }
}
