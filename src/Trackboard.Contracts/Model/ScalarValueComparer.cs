namespace Trackboard.Contracts.Model;

/// <summary>Equality by <see cref="ScalarValue.JsonEquals"/>, for de-duplicating enum values in linear time.</summary>
internal sealed class ScalarValueComparer : IEqualityComparer<ScalarValue>
{
    // Below this many values a pairwise scan is cheaper than a hash set.
    private const int SmallList = 16;

    public static ScalarValueComparer Instance { get; } = new();

    public bool Equals(ScalarValue? x, ScalarValue? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.JsonEquals(y));

    public int GetHashCode(ScalarValue obj) => obj.Kind switch
    {
        ScalarKind.String => HashCode.Combine(obj.Kind, StringComparer.Ordinal.GetHashCode(obj.Text!)),
        ScalarKind.Boolean => HashCode.Combine(obj.Kind, obj.Boolean),
        ScalarKind.Number => obj.Integer is { } integer ? HashCode.Combine(obj.Kind, integer) : HashCode.Combine(obj.Kind, obj.Number),
        _ => HashCode.Combine(obj.Kind),
    };

    /// <summary>The values without repeats, first occurrences kept in order; the list itself when it has none.</summary>
    public static IReadOnlyList<ScalarValue> Distinct(IReadOnlyList<ScalarValue> values)
    {
        if (values.Count > SmallList)
        {
            var distinct = values.Distinct(Instance).ToList();
            return distinct.Count == values.Count ? values : distinct;
        }

        List<ScalarValue>? result = null;
        for (var i = 0; i < values.Count; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
            {
                repeated = values[j].JsonEquals(values[i]);
            }

            if (repeated)
            {
                result ??= [.. values.Take(i)];
            }
            else
            {
                result?.Add(values[i]);
            }
        }

        return result ?? values;
    }
}
