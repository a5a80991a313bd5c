namespace Trackboard.Contracts.Lint;

/// <summary>Where the action goes in an event name.</summary>
public enum EventWordOrder
{
    /// <summary>Object first, action last: <c>signup_completed</c> (the Segment convention; the default).</summary>
    ObjectAction,

    /// <summary>Action first, object last: <c>completed_signup</c>.</summary>
    ActionObject,
}
