namespace Trackboard.Contracts.Lint;

/// <summary>The findings of one lint run, in document order (then rule id, then message).</summary>
public sealed record LintReport
{
    /// <summary>Every finding.</summary>
    public required IReadOnlyList<LintFinding> Findings { get; init; }

    /// <summary>The event casing checked: configured or detected; null when there was none to check against.</summary>
    public NameCasing? EventCasing { get; init; }

    /// <summary>The property casing checked: configured or detected; null when there was none to check against.</summary>
    public NameCasing? PropertyCasing { get; init; }

    /// <summary>Number of error findings.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == LintSeverity.Error);

    /// <summary>Number of warning findings.</summary>
    public int WarningCount => Findings.Count(f => f.Severity == LintSeverity.Warning);

    /// <summary>Number of info findings.</summary>
    public int InfoCount => Findings.Count(f => f.Severity == LintSeverity.Info);

    /// <summary>
    /// True when lint fails: any error, or in <paramref name="strict"/> mode (CLI <c>--strict</c>) any warning too.
    /// Info findings never fail.
    /// </summary>
    public bool Fails(bool strict = false) => ErrorCount > 0 || (strict && WarningCount > 0);

    /// <summary>
    /// Canonical JSON (keys sorted, no whitespace): <c>{casing{events, properties}, findings[], summary{error_count,
    /// warning_count, info_count}}</c>; a finding has <c>rule_id, severity, path, event?, property?, message</c>.
    /// </summary>
    public string ToJson() => LintReportWriter.Json(this);

    /// <summary>One line per finding, <c>SEVERITY RULE_ID PATH: MESSAGE</c>, then a summary line.</summary>
    public string ToText() => LintReportWriter.Text(this);
}
