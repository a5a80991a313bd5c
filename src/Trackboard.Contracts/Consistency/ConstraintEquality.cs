using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Consistency;

/// <summary>Whether two properties' constraints say the same, and how to show them in evidence.</summary>
internal static class ConstraintEquality
{
    /// <summary>True when every constraint is equal; enum values compare as sets by JSON kind and value.</summary>
    public static bool Equal(Constraints x, Constraints y) =>
        x.Min == y.Min && x.Max == y.Max && x.MinLength == y.MinLength && x.MaxLength == y.MaxLength
        && x.MinItems == y.MinItems && x.MaxItems == y.MaxItems
        && string.Equals(x.Pattern, y.Pattern, StringComparison.Ordinal)
        && string.Equals(x.Format, y.Format, StringComparison.Ordinal)
        && SameEnum(x.EnumValues, y.EnumValues);

    /// <summary><c>none</c>, or the constraints as canonical JSON such as <c>{"enum_values":["EUR","USD"]}</c>.</summary>
    public static string Describe(Constraints constraints)
    {
        if (constraints.IsEmpty)
        {
            return "none";
        }

        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        Add(map, "enum_values", constraints.EnumValues?.ToList());
        Add(map, "min", constraints.Min);
        Add(map, "max", constraints.Max);
        Add(map, "min_length", constraints.MinLength);
        Add(map, "max_length", constraints.MaxLength);
        Add(map, "pattern", constraints.Pattern);
        Add(map, "format", constraints.Format);
        Add(map, "min_items", constraints.MinItems);
        Add(map, "max_items", constraints.MaxItems);
        return Encoding.UTF8.GetString(CanonicalJsonWriter.ToBytes(map));
    }

    private static bool SameEnum(IReadOnlyList<ScalarValue>? x, IReadOnlyList<ScalarValue>? y)
    {
        if (x is null || y is null)
        {
            return x is null && y is null;
        }

        return x.All(v => y.Any(v.JsonEquals)) && y.All(v => x.Any(v.JsonEquals));
    }

    private static void Add(Dictionary<string, object?> map, string key, object? value)
    {
        if (value is not null)
        {
            map[key] = value;
        }
    }
}
