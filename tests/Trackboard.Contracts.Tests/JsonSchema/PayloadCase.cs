namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>One generated payload for the differential test.</summary>
/// <param name="Event">The contract event the payload was built from (its schema is checked too).</param>
/// <param name="Label">What was done to the valid base payload, with the path.</param>
/// <param name="Intended">The verdict the generator built it to have, or null when it cannot be sure (patterns).</param>
/// <param name="Json">The payload text.</param>
internal sealed record PayloadCase(string Event, string Label, bool? Intended, string Json);
