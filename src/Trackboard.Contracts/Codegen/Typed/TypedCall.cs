namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>An identify, group, page or screen call the contract defines.</summary>
/// <param name="Kind">The call.</param>
/// <param name="Record">Its traits or properties type.</param>
/// <param name="HelperName">The helper's identifier.</param>
/// <param name="Doc">Sanitized doc comment lines for the helper.</param>
internal sealed record TypedCall(CallKind Kind, TypedRecord Record, string HelperName, IReadOnlyList<string> Doc)
{
    /// <summary>True for identify and group, whose payload member is <c>traits</c>.</summary>
    public bool HasTraits => Kind is CallKind.Identify or CallKind.Group;

    /// <summary>The Segment method name: identify, group, page, screen.</summary>
    public string SegmentName => Kind switch
    {
        CallKind.Identify => "identify",
        CallKind.Group => "group",
        CallKind.Page => "page",
        _ => "screen",
    };
}
