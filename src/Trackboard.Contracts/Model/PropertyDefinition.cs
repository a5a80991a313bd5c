using System.Text.Json;

namespace Trackboard.Contracts.Model;

/// <summary>A property of an event, a global property, a trait, or (without a name) the schema of array items.</summary>
public sealed record PropertyDefinition
{
    /// <summary>The property name; empty for an <see cref="Items"/> schema.</summary>
    public required string Name { get; init; }

    /// <summary>The JSON type the value must have.</summary>
    public required PropertyType Type { get; init; }

    /// <summary>True when the property must be present and not <c>null</c>.</summary>
    public bool Required { get; init; }

    /// <summary>Rules on the value.</summary>
    public Constraints Constraints { get; init; } = Constraints.None;

    /// <summary>Human description.</summary>
    public string? Description { get; init; }

    /// <summary>Example values, as written.</summary>
    public IReadOnlyList<JsonElement>? Examples { get; init; }

    /// <summary>True when the value is personal data.</summary>
    public bool Pii { get; init; }

    /// <summary>Schema of every element of an array property.</summary>
    public PropertyDefinition? Items { get; init; }

    /// <summary>Properties of an object property; when set, other keys are rejected.</summary>
    public IReadOnlyList<PropertyDefinition>? Properties { get; init; }
}
