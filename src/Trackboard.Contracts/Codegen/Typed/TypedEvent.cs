using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>An event: its properties type and its track helper.</summary>
/// <param name="Event">The event definition.</param>
/// <param name="Record">Its properties type (local properties and linked globals).</param>
/// <param name="HelperName">The helper's identifier.</param>
/// <param name="Doc">Sanitized doc comment lines for the helper (description, status, guidance).</param>
internal sealed record TypedEvent(EventDefinition Event, TypedRecord Record, string HelperName, IReadOnlyList<string> Doc)
{
    /// <summary>The deprecation message when the event is deprecated.</summary>
    public string? DeprecationMessage => Event.Status == EventStatus.Deprecated ? DocLines.DeprecatedText : null;
}
