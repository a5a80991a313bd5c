using System.Text;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// A read-only map from UTF-8 names to values, probed with the raw bytes of a JSON property name so the
/// hot path neither transcodes nor allocates. Open addressing over a power-of-two table.
/// </summary>
internal sealed class Utf8Lookup<T>
    where T : class
{
    private readonly byte[]?[] _keys;
    private readonly T?[] _values;
    private readonly int _mask;

    public Utf8Lookup(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var list = entries.ToList();
        var size = 4;
        while (size < list.Count * 2)
        {
            size <<= 1;
        }

        _keys = new byte[size][];
        _values = new T[size];
        _mask = size - 1;
        foreach (var (name, value) in list)
        {
            var key = Encoding.UTF8.GetBytes(name);
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _values[slot] = value;
        }
    }

    public T? Find(ReadOnlySpan<byte> name)
    {
        var slot = Hash(name) & _mask;
        while (_keys[slot] is { } key)
        {
            if (name.SequenceEqual(key))
            {
                return _values[slot];
            }

            slot = (slot + 1) & _mask;
        }

        return null;
    }

    private static int Hash(ReadOnlySpan<byte> name)
    {
        // FNV-1a: names are short, and the table is built from trusted contract names.
        var hash = 2166136261u;
        foreach (var b in name)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
