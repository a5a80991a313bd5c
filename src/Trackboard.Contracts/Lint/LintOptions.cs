using Trackboard.Contracts.Consistency;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// Options of <see cref="ContractLinter.Lint"/>: a plain model; the CLI fills it from the <c>lint</c> section of
/// <c>trackboard.yaml</c> (docs/lint.md lists the keys).
/// </summary>
public sealed record LintOptions
{
    /// <summary>Detected casings, every rule at its default severity, the <c>duplicate_likely</c> threshold.</summary>
    public static LintOptions Default { get; } = new();

    /// <summary>The casing event names must follow; null detects the one most event names use.</summary>
    public NameCasing? EventCasing { get; init; }

    /// <summary>The casing property names must follow; null detects the one most property names use.</summary>
    public NameCasing? PropertyCasing { get; init; }

    /// <summary>Where the action goes in event names.</summary>
    public EventWordOrder WordOrder { get; init; } = EventWordOrder.ObjectAction;

    /// <summary>Rules turned off or given another severity, by rule id (<see cref="LintRules"/>); others keep their default.</summary>
    public IReadOnlyDictionary<string, LintRuleLevel> Rules { get; init; } = new Dictionary<string, LintRuleLevel>(StringComparer.Ordinal);

    /// <summary>The score from which two events are reported as duplicates, 0 to 100.</summary>
    public double ConsistencyThreshold { get; init; } = SimilarityBands.DuplicateLikelyMin;
}
