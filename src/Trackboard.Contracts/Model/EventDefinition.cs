namespace Trackboard.Contracts.Model;

/// <summary>An event of the contract.</summary>
public sealed record EventDefinition
{
    /// <summary>The event name sent in the <c>event</c> field; unique in the contract.</summary>
    public required string EventName { get; init; }

    /// <summary>Lifecycle status.</summary>
    public EventStatus Status { get; init; } = EventStatus.Active;

    /// <summary>Human description.</summary>
    public string? Description { get; init; }

    /// <summary>Category for grouping.</summary>
    public string? Category { get; init; }

    /// <summary>Display order within the plan.</summary>
    public long? SortOrder { get; init; }

    /// <summary>Local properties, names unique.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; init; } = [];

    /// <summary>Names of linked global properties.</summary>
    public IReadOnlyList<string> GlobalProperties { get; init; } = [];

    /// <summary>Implementation guidance.</summary>
    public ImplementationGuidance? ImplementationGuidance { get; init; }

    /// <summary>Owning team or person.</summary>
    public string? Owner { get; init; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
