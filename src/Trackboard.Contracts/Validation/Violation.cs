namespace Trackboard.Contracts.Validation;

/// <summary>Whether a violation makes the event invalid.</summary>
public enum ViolationSeverity
{
    /// <summary>The event is invalid.</summary>
    Error,

    /// <summary>Reported, but the event stays valid (deprecated and planned events).</summary>
    Warning,
}

/// <summary>One broken rule.</summary>
/// <param name="Code">A code from <see cref="ViolationCodes"/>.</param>
/// <param name="Path">Dotted path into the payload, such as <c>properties.cart.items[2].sku</c>.</param>
/// <param name="Event">The event name, or empty when the payload has none.</param>
/// <param name="Property">The property path below <c>properties</c> (<c>cart.items[2].sku</c>), when the violation is about a property.</param>
/// <param name="Expected">What the contract wants: a type name, canonical JSON of enum values, a bound such as <c>&gt;= 3</c>, a pattern or format.</param>
/// <param name="Actual">What the payload has: a JSON kind, a canonical JSON value, a number, a length or a count.</param>
/// <param name="Message">A sentence for humans.</param>
/// <param name="Severity">Error or warning.</param>
public sealed record Violation(
    string Code,
    string Path,
    string Event,
    string? Property,
    string? Expected,
    string? Actual,
    string Message,
    ViolationSeverity Severity = ViolationSeverity.Error);
