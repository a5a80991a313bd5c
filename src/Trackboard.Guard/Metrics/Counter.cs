namespace Trackboard.Guard.Metrics;

/// <summary>A monotonically increasing count.</summary>
internal sealed class Counter(string name, string help)
{
    private long _value;

    public string Name { get; } = name;

    public string Help { get; } = help;

    public long Value => Interlocked.Read(ref _value);

    public void Add(long amount = 1) => Interlocked.Add(ref _value, amount);
}
