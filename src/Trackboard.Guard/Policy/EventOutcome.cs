using Trackboard.Contracts.Validation;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Policy;

/// <summary>The decision for one event, the violations behind it and the record to commit.</summary>
internal sealed record EventOutcome(int Index, string? MessageId, Decision Decision, IReadOnlyList<Violation> Violations, IngestRecord Record)
{
    public Decision Decision { get; set; } = Decision;

    /// <summary>The version the event was validated against, and why that one (<see cref="ContractSource.ContractSelection"/>).</summary>
    public string? ContractVersion { get; init; }

    public string? ContractSelectedBy { get; init; }
}
