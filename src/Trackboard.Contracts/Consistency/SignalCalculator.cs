using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Consistency;

/// <summary>
/// Computes the signals of <see cref="ConsistencySignals"/> for two profiles. With <c>withEvidence</c> false only
/// the score is computed (the pair scan of a large plan); the score is the same either way.
/// </summary>
internal static class SignalCalculator
{
    private readonly record struct Outcome(bool Applies, double Similarity, List<SignalEvidence>? Evidence);

    public static double Score(EventProfile a, EventProfile b) => Evaluate(a, b, null);

    public static SimilarityResult Compare(EventProfile a, EventProfile b)
    {
        var signals = new List<SignalScore>(ConsistencySignals.All.Count);
        var score = Evaluate(a, b, signals);
        return new SimilarityResult(a.Name, b.Name, score, SimilarityBands.Of(score), signals);
    }

    private static double Evaluate(EventProfile a, EventProfile b, List<SignalScore>? signals)
    {
        var evidence = signals is not null;
        double points = 0, applicableWeight = 0;
        foreach (var (signal, weight) in ConsistencySignals.All)
        {
            var outcome = signal switch
            {
                ConsistencySignals.NameTokens => Set(a.NameTokens, b.NameTokens, evidence, always: true),
                ConsistencySignals.DescriptionText => a.TextTokens is null || b.TextTokens is null
                    ? default
                    : Set(a.TextTokens, b.TextTokens, evidence, always: false),
                ConsistencySignals.PropertyNames => a.PropertyKeys is null || b.PropertyKeys is null
                    ? default
                    : PropertyNames(a, b, a.PropertyKeys, b.PropertyKeys, evidence),
                ConsistencySignals.RequiredProperties => a.RequiredKeys is null || b.RequiredKeys is null
                    ? default
                    : PropertyNames(a, b, a.RequiredKeys, b.RequiredKeys, evidence),
                ConsistencySignals.PropertyTypes => SharedProperties(a, b, TypeAgreement, evidence),
                ConsistencySignals.Constraints => SharedProperties(a, b, ConstraintAgreement, evidence),
                ConsistencySignals.CategoryStatus => CategoryStatus(a, b, evidence),
                _ => LifecycleSource(a, b, evidence),
            };
            if (outcome.Applies)
            {
                points += weight * outcome.Similarity;
                applicableWeight += weight;
            }

            signals?.Add(new SignalScore(signal, weight, outcome.Applies, Math.Round(outcome.Similarity, 4, MidpointRounding.AwayFromZero),
                outcome.Applies ? Math.Round(weight * outcome.Similarity, 2, MidpointRounding.AwayFromZero) : 0,
                outcome.Evidence ?? []));
        }

        return applicableWeight == 0 ? 0 : Math.Round(100 * points / applicableWeight, 1, MidpointRounding.AwayFromZero);
    }

    private static Outcome Set(string[] a, string[] b, bool evidence, bool always) =>
        always || a.Length + b.Length > 0
            ? new Outcome(true, TokenSets.Jaccard(a, b), evidence ? TokenSets.Evidence(a, b) : null)
            : default;

    private static Outcome PropertyNames(EventProfile a, EventProfile b, string[] keysA, string[] keysB, bool evidence)
    {
        if (keysA.Length + keysB.Length == 0)
        {
            return default;
        }

        List<SignalEvidence>? found = null;
        if (evidence)
        {
            found = [];
            AddIfAny(found, "shared", TokenSets.Shared(keysA, keysB).Select(k => Pair(a.Properties![k].Name, b.Properties![k].Name)));
            AddIfAny(found, "only_a", TokenSets.Only(keysA, keysB).Select(k => a.Properties![k].Name));
            AddIfAny(found, "only_b", TokenSets.Only(keysB, keysA).Select(k => b.Properties![k].Name));
        }

        return new Outcome(true, TokenSets.Jaccard(keysA, keysB), found);
    }

    private static Outcome SharedProperties(EventProfile a, EventProfile b, Func<PropertyDefinition, PropertyDefinition, (double, string)> agreement, bool evidence)
    {
        if (a.PropertyKeys is null || b.PropertyKeys is null)
        {
            return default;
        }

        var shared = TokenSets.Shared(a.PropertyKeys, b.PropertyKeys);
        if (shared.Count == 0)
        {
            return default;
        }

        double total = 0;
        var agree = new List<string>();
        var disagree = new List<string>();
        foreach (var key in shared)
        {
            var (x, y) = (a.Properties![key], b.Properties![key]);
            var (value, description) = agreement(x, y);
            total += value;
            if (evidence)
            {
                (value == 1 ? agree : disagree).Add(Pair(x.Name, y.Name) + ": " + description);
            }
        }

        List<SignalEvidence>? found = null;
        if (evidence)
        {
            found = [];
            AddIfAny(found, "agree", agree);
            AddIfAny(found, "disagree", disagree);
        }

        return new Outcome(true, total / shared.Count, found);
    }

    private static (double, string) TypeAgreement(PropertyDefinition x, PropertyDefinition y)
    {
        var (a, b) = (TypeRules.Name(x.Type), TypeRules.Name(y.Type));
        if (x.Type == y.Type)
        {
            return (1, a);
        }

        var numeric = x.Type is PropertyType.Integer or PropertyType.Float && y.Type is PropertyType.Integer or PropertyType.Float;
        return (numeric ? 0.5 : 0, a + " vs " + b);
    }

    private static (double, string) ConstraintAgreement(PropertyDefinition x, PropertyDefinition y) =>
        ConstraintEquality.Equal(x.Constraints, y.Constraints)
            ? (1, ConstraintEquality.Describe(x.Constraints))
            : (0, ConstraintEquality.Describe(x.Constraints) + " vs " + ConstraintEquality.Describe(y.Constraints));

    private static Outcome CategoryStatus(EventProfile a, EventProfile b, bool evidence)
    {
        if (!a.HasCategoryStatus || !b.HasCategoryStatus)
        {
            return default;
        }

        var status = a.Status == b.Status ? 1.0 : 0.0;
        var similarity = a.Category is null && b.Category is null
            ? status
            : (TokenSets.TextSimilarity(a.Category, b.Category) + status) / 2;
        List<SignalEvidence>? found = evidence
            ? [new("category", [a.Category ?? "none", b.Category ?? "none"]), new("status", [StatusName(a.Status), StatusName(b.Status)])]
            : null;
        return new Outcome(true, similarity, found);
    }

    private static Outcome LifecycleSource(EventProfile a, EventProfile b, bool evidence)
    {
        if (!a.HasGuidance || !b.HasGuidance)
        {
            return default;
        }

        var fields = new (string Kind, string? A, string? B, bool Exact)[]
        {
            ("lifecycle_stage", a.LifecycleStage, b.LifecycleStage, false),
            ("required_source", a.RequiredSource, b.RequiredSource, false),
            ("preferred_location", a.PreferredLocation, b.PreferredLocation, true),
        };
        double total = 0;
        var count = 0;
        List<SignalEvidence>? found = evidence ? [] : null;
        foreach (var (kind, x, y, exact) in fields.Where(f => f.A is not null || f.B is not null))
        {
            total += exact ? (string.Equals(x, y, StringComparison.Ordinal) ? 1 : 0) : TokenSets.TextSimilarity(x, y);
            count++;
            found?.Add(new SignalEvidence(kind, [x ?? "none", y ?? "none"]));
        }

        return count == 0 ? default : new Outcome(true, total / count, found);
    }

    private static string Pair(string a, string b) => string.Equals(a, b, StringComparison.Ordinal) ? a : a + " ~ " + b;

    private static string StatusName(EventStatus status) => status switch
    {
        EventStatus.Deprecated => "deprecated",
        EventStatus.Planned => "planned",
        _ => "active",
    };

    private static void AddIfAny(List<SignalEvidence> evidence, string kind, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count > 0)
        {
            evidence.Add(new SignalEvidence(kind, list));
        }
    }
}
