namespace Trackboard.Guard.Configuration;

/// <summary>How violations other than unplanned events and properties are handled.</summary>
internal enum PolicyMode
{
    /// <summary>Invalid events go to the DLQ.</summary>
    Block,

    /// <summary>Invalid events are forwarded with <c>context.trackboard</c> describing the violations.</summary>
    Warn,

    /// <summary>Everything is forwarded unchanged; violations are only counted.</summary>
    Observe,
}
