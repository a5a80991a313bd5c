namespace Trackboard.Guard.Metrics;

/// <summary>A latency histogram in seconds with fixed buckets, lock-free.</summary>
internal sealed class Histogram(string name, string help)
{
    private static readonly double[] s_bounds = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
    private readonly long[] _counts = new long[s_bounds.Length + 1];
    private long _sumMicros;

    public string Name { get; } = name;

    public string Help { get; } = help;

    public static IReadOnlyList<double> Bounds => s_bounds;

    public void Observe(TimeSpan elapsed)
    {
        var seconds = elapsed.TotalSeconds;
        // A loop, not Array.FindIndex with a lambda: this runs once per event and must not allocate a closure.
        var index = 0;
        while (index < s_bounds.Length && seconds > s_bounds[index])
        {
            index++;
        }

        Interlocked.Increment(ref _counts[index]);
        Interlocked.Add(ref _sumMicros, (long)(seconds * 1_000_000));
    }

    /// <summary>Cumulative counts per bucket (the last is +Inf) and the sum in seconds.</summary>
    public (long[] Cumulative, double Sum) Snapshot()
    {
        var cumulative = new long[_counts.Length];
        long running = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            running += Interlocked.Read(ref _counts[i]);
            cumulative[i] = running;
        }

        return (cumulative, Interlocked.Read(ref _sumMicros) / 1_000_000.0);
    }
}
