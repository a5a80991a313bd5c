namespace Trackboard.Guard.Configuration;

/// <summary>What Guard does with an event that breaks the contract.</summary>
internal sealed record PolicyOptions
{
    public PolicyMode Mode { get; init; } = PolicyMode.Block;

    public UnplannedEvents UnplannedEvents { get; init; } = UnplannedEvents.Block;

    public UnplannedProperties UnplannedProperties { get; init; } = UnplannedProperties.Block;
}
