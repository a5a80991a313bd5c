namespace Trackboard.Contracts.Consistency;

/// <summary>What a signal saw, such as the tokens both names share.</summary>
/// <param name="Kind">
/// <c>shared</c>, <c>only_a</c>, <c>only_b</c> (set signals); <c>agree</c>, <c>disagree</c> (type and constraint
/// agreement); or the compared field (<c>category</c>, <c>status</c>, <c>lifecycle_stage</c>, <c>required_source</c>,
/// <c>preferred_location</c>) with the values of event A and event B.
/// </param>
/// <param name="Values">The tokens, property names or field values, in ordinal order for sets.</param>
public sealed record SignalEvidence(string Kind, IReadOnlyList<string> Values);
