using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Trackboard.Guard.Metrics;

/// <summary>A counter per combination of two label values (few distinct values: versions held and selection reasons).</summary>
internal sealed class LabeledCounter(string name, string help, string firstLabel, string secondLabel)
{
    private readonly ConcurrentDictionary<(string, string), StrongBox<long>> _values = new();

    public string Name { get; } = name;

    public long Value(string first, string second) => _values.TryGetValue((first, second), out var box) ? Interlocked.Read(ref box.Value) : 0;

    public void Add(string first, string second) => Interlocked.Increment(ref _values.GetOrAdd((first, second), _ => new StrongBox<long>()).Value);

    public void Render(StringBuilder sb)
    {
        sb.Append("# HELP ").Append(Name).Append(' ').Append(help).Append("\n# TYPE ").Append(Name).Append(" counter\n");
        // One locked snapshot (ConcurrentDictionary.ToArray): ordering the dictionary itself throws when a label pair is added meanwhile.
        foreach (var ((first, second), box) in _values.ToArray().OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal))
        {
            sb.Append(Name).Append('{').Append(firstLabel).Append("=\"").Append(Escape(first)).Append("\",").Append(secondLabel).Append("=\"")
                .Append(Escape(second)).Append("\"} ").Append(Interlocked.Read(ref box.Value).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
