namespace Trackboard.Contracts.Model;

/// <summary>The properties (page, screen) or traits (identify, group) of a non-track Segment call.</summary>
public sealed record CallSection
{
    /// <summary>The properties or traits.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; init; } = [];
}
