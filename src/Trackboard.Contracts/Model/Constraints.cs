namespace Trackboard.Contracts.Model;

/// <summary>Optional rules on a property's value. Bounds are inclusive.</summary>
public sealed record Constraints
{
    /// <summary>No constraints.</summary>
    public static Constraints None { get; } = new();

    /// <summary>Allowed values, compared by JSON kind and value, de-duplicated in their given order.</summary>
    public IReadOnlyList<ScalarValue>? EnumValues { get; init; }

    /// <summary>Smallest allowed number.</summary>
    public double? Min { get; init; }

    /// <summary>Largest allowed number.</summary>
    public double? Max { get; init; }

    /// <summary>Shortest allowed string, in Unicode code points.</summary>
    public long? MinLength { get; init; }

    /// <summary>Longest allowed string, in Unicode code points.</summary>
    public long? MaxLength { get; init; }

    /// <summary>A regular expression matched anywhere in the string, as JSON Schema does.</summary>
    public string? Pattern { get; init; }

    /// <summary>A string format: one of <see cref="StringFormats.All"/>.</summary>
    public string? Format { get; init; }

    /// <summary>Fewest allowed array items.</summary>
    public long? MinItems { get; init; }

    /// <summary>Most allowed array items.</summary>
    public long? MaxItems { get; init; }

    /// <summary>True when no constraint is set.</summary>
    public bool IsEmpty => EnumValues is null && Min is null && Max is null && MinLength is null && MaxLength is null
        && Pattern is null && Format is null && MinItems is null && MaxItems is null;
}
