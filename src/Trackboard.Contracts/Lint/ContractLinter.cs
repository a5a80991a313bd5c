using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// Naming lint (DESIGN §5): casing, word order, descriptions, owners, type conflicts, undeclared PII and semantic
/// duplicates, each finding with a stable rule id (<see cref="LintRules"/>), a severity and a JSON path.
/// Pure and deterministic: the same contract and options give the same report.
/// </summary>
public static class ContractLinter
{
    /// <summary>Lints a contract.</summary>
    /// <param name="contract">The contract.</param>
    /// <param name="options">The options; null means <see cref="LintOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The options name a rule that does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The consistency threshold is not between 0 and 100.</exception>
    public static LintReport Lint(Contract contract, LintOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(contract);
        options ??= LintOptions.Default;
        Check(options);
        var context = new LintContext(contract, options);
        var eventCasing = NamingRules.CheckEventCasing(context);
        var propertyCasing = NamingRules.CheckPropertyCasing(context);
        NamingRules.CheckWordOrder(context, eventCasing);
        DocumentationRules.Check(context);
        PropertyTypeConflictRule.Check(context);
        PiiRule.Check(context);
        SemanticDuplicateRule.Check(context);
        return new LintReport { Findings = context.Ordered(), EventCasing = eventCasing, PropertyCasing = propertyCasing };
    }

    private static void Check(LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Rules, nameof(options));
        var unknown = options.Rules.Keys.Where(id => LintRules.Find(id) is null).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown lint rule id(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", LintRules.All.Select(r => r.Id))}.",
                nameof(options));
        }

        if (!(options.ConsistencyThreshold is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.ConsistencyThreshold, "ConsistencyThreshold is a score from 0 to 100.");
        }
    }
}
