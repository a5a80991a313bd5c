namespace Trackboard.Contracts.Diff;

/// <summary>How a change affects producers and consumers of events (DESIGN §4).</summary>
public enum ChangeSeverity
{
    /// <summary>An event the old contract accepted can be rejected by the new one, or data consumers relied on disappears.</summary>
    Breaking,

    /// <summary>The new contract accepts everything the old one did.</summary>
    Safe,

    /// <summary>Documentation or metadata only; validation is unaffected.</summary>
    Informational,
}
