namespace Trackboard.Contracts.Diff;

/// <summary>One difference between two contracts.</summary>
/// <param name="Severity">Breaking, safe or informational; fixed by <paramref name="Code"/>.</param>
/// <param name="Code">A stable code from <see cref="ChangeCodes"/>, such as <c>property_type_changed</c>.</param>
/// <param name="RuleId">The rule id of the code, such as <c>PROPERTY_SAME_TYPE</c>; ignore rules may name either.</param>
/// <param name="Event">The event name, or <c>$identify</c>, <c>$group</c>, <c>$page</c>, <c>$screen</c> for those call sections.</param>
/// <param name="Property">
/// The property path below the event's properties (<c>cart.items[].sku</c>; <c>[]</c> stands for every array
/// element), or null for a change to the event itself.
/// </param>
/// <param name="Path">
/// Where the change is in the event: <c>event</c> for an added or removed event, an event field such as
/// <c>status</c>, or the payload path of the property with the changed aspect, such as
/// <c>properties.cart.items[].sku.constraints.max_length</c> (<c>traits.</c> for identify and group).
/// </param>
/// <param name="Before">The old value as text, when there is one (enum values as canonical JSON).</param>
/// <param name="After">The new value as text, when there is one.</param>
/// <param name="Message">A sentence for humans saying what changed and what it means.</param>
public sealed record Change(
    ChangeSeverity Severity,
    string Code,
    string RuleId,
    string Event,
    string? Property,
    string Path,
    string? Before,
    string? After,
    string Message);
