namespace Trackboard.Contracts.Lint;

/// <summary>One lint finding.</summary>
/// <param name="RuleId">The rule's stable id (<see cref="LintRules"/>).</param>
/// <param name="Severity">Its severity, after configuration.</param>
/// <param name="Path">
/// A JSON path into the contract, by position in the model: <c>$.events[2].properties[0].name</c>,
/// <c>$.global_properties[1].pii</c>, <c>$.identify.traits[0].type</c>; nested properties continue with
/// <c>.properties[i]</c> and <c>.items</c>. A missing field is addressed where it would be written.
/// </param>
/// <param name="Event">The event name, <c>$identify</c>, <c>$group</c>, <c>$page</c> or <c>$screen</c>; null for a global property.</param>
/// <param name="Property">The property path below the event's properties (<c>cart.items[].sku</c>), when the finding is about a property.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record LintFinding(string RuleId, LintSeverity Severity, string Path, string? Event, string? Property, string Message);
