namespace Trackboard.Contracts.Model;

/// <summary>Lifecycle status of an event.</summary>
public enum EventStatus
{
    /// <summary>In use; the default.</summary>
    Active,

    /// <summary>Still accepted, but validation reports a <c>deprecated_event</c> warning.</summary>
    Deprecated,

    /// <summary>Not implemented yet; validation reports a <c>planned_event</c> warning.</summary>
    Planned,
}
