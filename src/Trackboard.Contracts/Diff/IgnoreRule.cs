namespace Trackboard.Contracts.Diff;

/// <summary>
/// Drops matching changes from the verdict, the way <c>buf breaking</c> ignores rules: they are reported in
/// <see cref="DiffResult.Ignored"/> instead of <see cref="DiffResult.Changes"/>.
/// </summary>
/// <param name="RuleIdOrCode">A rule id (<c>ENUM_VALUE_NO_DELETE</c>) or a code (<c>enum_value_removed</c>), compared ignoring case.</param>
/// <param name="Event">The event name it applies to (exact, ordinal), or null for every event.</param>
public sealed record IgnoreRule(string RuleIdOrCode, string? Event = null)
{
    /// <summary>True when this rule ignores <paramref name="change"/>.</summary>
    public bool Matches(Change change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var ruleMatches = string.Equals(RuleIdOrCode, change.RuleId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(RuleIdOrCode, change.Code, StringComparison.OrdinalIgnoreCase);
        return ruleMatches && (Event is null || string.Equals(Event, change.Event, StringComparison.Ordinal));
    }
}
