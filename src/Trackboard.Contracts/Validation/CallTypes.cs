namespace Trackboard.Contracts.Validation;

/// <summary>The Segment call types Trackboard validates.</summary>
public static class CallTypes
{
    /// <summary>A track call: <c>event</c> and <c>properties</c>, checked against the contract's events.</summary>
    public const string Track = "track";

    /// <summary>An identify call: <c>traits</c>, checked against the contract's <c>identify</c> section.</summary>
    public const string Identify = "identify";

    /// <summary>A group call: <c>traits</c>, checked against the contract's <c>group</c> section.</summary>
    public const string Group = "group";

    /// <summary>A page call: <c>properties</c>, checked against the contract's <c>page</c> section.</summary>
    public const string Page = "page";

    /// <summary>A screen call: <c>properties</c>, checked against the contract's <c>screen</c> section.</summary>
    public const string Screen = "screen";

    /// <summary>An alias call: only the envelope is checked.</summary>
    public const string Alias = "alias";

    /// <summary>Every call type.</summary>
    public static IReadOnlyList<string> All { get; } = [Track, Identify, Group, Page, Screen, Alias];
}
