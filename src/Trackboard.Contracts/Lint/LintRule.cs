namespace Trackboard.Contracts.Lint;

/// <summary>A lint rule of the catalogue <see cref="LintRules.All"/>.</summary>
/// <param name="Id">The stable id, such as <c>EVENT_NAME_CASING</c>.</param>
/// <param name="DefaultSeverity">The severity of its findings unless a configuration overrides it.</param>
/// <param name="Summary">What it checks, in one sentence.</param>
public sealed record LintRule(string Id, LintSeverity DefaultSeverity, string Summary);
