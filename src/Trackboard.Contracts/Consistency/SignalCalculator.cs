using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Consistency;

/// <summary>
/// Computes the signals of <see cref="ConsistencySignals"/> for two profiles, in their order. Without evidence
/// (the pair scan of a large plan) nothing is allocated; the score is the same either way.
/// </summary>
internal static class SignalCalculator
{
    public static double Score(EventProfile a, EventProfile b) => Evaluate(a, b, null);

    public static SimilarityResult Compare(EventProfile a, EventProfile b)
    {
        var signals = new List<SignalScore>(ConsistencySignals.All.Count);
        var score = Evaluate(a, b, signals);
        return new SimilarityResult(a.Name, b.Name, score, SimilarityBands.Of(score), signals);
    }

    private static double Evaluate(EventProfile a, EventProfile b, List<SignalScore>? signals)
    {
        var total = new Total(signals);
        total.Add(0, true, TokenSets.Jaccard(a.NameTokens, b.NameTokens),
            signals is null ? null : () => TokenSets.Evidence(a.NameTokens, b.NameTokens));

        var text = a.TextTokens is not null && b.TextTokens is not null && a.TextTokens.Length + b.TextTokens.Length > 0;
        total.Add(1, text, text ? TokenSets.Jaccard(a.TextTokens!, b.TextTokens!) : 0,
            signals is null || !text ? null : () => TokenSets.Evidence(a.TextTokens!, b.TextTokens!));

        var known = a.PropertyKeys is not null && b.PropertyKeys is not null;
        var properties = known && a.PropertyKeys!.Length + b.PropertyKeys!.Length > 0;
        total.Add(2, properties, properties ? TokenSets.Jaccard(a.PropertyKeys!, b.PropertyKeys!) : 0,
            signals is null || !properties ? null : () => PropertyEvidence(a, b, a.PropertyKeys!, b.PropertyKeys!));

        var required = known && a.RequiredKeys!.Length + b.RequiredKeys!.Length > 0;
        total.Add(3, required, required ? TokenSets.Jaccard(a.RequiredKeys!, b.RequiredKeys!) : 0,
            signals is null || !required ? null : () => PropertyEvidence(a, b, a.RequiredKeys!, b.RequiredKeys!));

        var (shared, types, constraints) = known ? SharedAgreement(a, b) : default;
        total.Add(4, shared > 0, shared > 0 ? types / shared : 0,
            signals is null || shared == 0 ? null : () => AgreementEvidence(a, b, true));
        total.Add(5, shared > 0, shared > 0 ? constraints / shared : 0,
            signals is null || shared == 0 ? null : () => AgreementEvidence(a, b, false));

        var categoryStatus = a.HasCategoryStatus && b.HasCategoryStatus;
        total.Add(6, categoryStatus, categoryStatus ? CategoryStatus(a, b) : 0,
            signals is null || !categoryStatus ? null : () =>
                [new("category", [a.Category?.Text ?? "none", b.Category?.Text ?? "none"]), new("status", [StatusName(a.Status), StatusName(b.Status)])]);

        var (fields, lifecycle) = a.HasGuidance && b.HasGuidance ? LifecycleSource(a, b) : default;
        total.Add(7, fields > 0, fields > 0 ? lifecycle / fields : 0,
            signals is null || fields == 0 ? null : () => LifecycleEvidence(a, b));

        return total.Score;
    }

    // One merge over the sorted keys: how many keys both have, the sum of type agreement and of constraint agreement.
    private static (int Shared, double Types, double Constraints) SharedAgreement(EventProfile a, EventProfile b)
    {
        var (keysA, keysB) = (a.PropertyKeys!, b.PropertyKeys!);
        int i = 0, j = 0, shared = 0;
        double types = 0, constraints = 0;
        while (i < keysA.Length && j < keysB.Length)
        {
            var order = string.CompareOrdinal(keysA[i], keysB[j]);
            if (order == 0)
            {
                var (x, y) = (a.Properties![i], b.Properties![j]);
                shared++;
                types += TypeAgreement(x.Type, y.Type);
                constraints += ConstraintEquality.Equal(x.Constraints, y.Constraints) ? 1 : 0;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (shared, types, constraints);
    }

    private static double TypeAgreement(PropertyType x, PropertyType y)
    {
        if (x == y)
        {
            return 1;
        }

        return x is PropertyType.Integer or PropertyType.Float && y is PropertyType.Integer or PropertyType.Float ? 0.5 : 0;
    }

    private static double CategoryStatus(EventProfile a, EventProfile b)
    {
        var status = a.Status == b.Status ? 1.0 : 0.0;
        return a.Category is null && b.Category is null ? status : (Label.Similarity(a.Category, b.Category) + status) / 2;
    }

    private static (int Fields, double Total) LifecycleSource(EventProfile a, EventProfile b)
    {
        var (fields, total) = (0, 0.0);
        if (a.LifecycleStage is not null || b.LifecycleStage is not null)
        {
            (fields, total) = (fields + 1, total + Label.Similarity(a.LifecycleStage, b.LifecycleStage));
        }

        if (a.RequiredSource is not null || b.RequiredSource is not null)
        {
            (fields, total) = (fields + 1, total + Label.Similarity(a.RequiredSource, b.RequiredSource));
        }

        if (a.PreferredLocation is not null || b.PreferredLocation is not null)
        {
            (fields, total) = (fields + 1, total + (string.Equals(a.PreferredLocation, b.PreferredLocation, StringComparison.Ordinal) ? 1 : 0));
        }

        return (fields, total);
    }

    private static List<SignalEvidence> PropertyEvidence(EventProfile a, EventProfile b, string[] keysA, string[] keysB)
    {
        var found = new List<SignalEvidence>(3);
        AddIfAny(found, "shared", TokenSets.Shared(keysA, keysB).Select(k => Pair(Find(a, k).Name, Find(b, k).Name)));
        AddIfAny(found, "only_a", TokenSets.Only(keysA, keysB).Select(k => Find(a, k).Name));
        AddIfAny(found, "only_b", TokenSets.Only(keysB, keysA).Select(k => Find(b, k).Name));
        return found;
    }

    private static List<SignalEvidence> AgreementEvidence(EventProfile a, EventProfile b, bool types)
    {
        var (agree, disagree) = (new List<string>(), new List<string>());
        foreach (var key in TokenSets.Shared(a.PropertyKeys!, b.PropertyKeys!))
        {
            var (x, y) = (Find(a, key), Find(b, key));
            var same = types ? x.Type == y.Type : ConstraintEquality.Equal(x.Constraints, y.Constraints);
            var shown = types
                ? (same ? TypeRules.Name(x.Type) : TypeRules.Name(x.Type) + " vs " + TypeRules.Name(y.Type))
                : (same ? ConstraintEquality.Describe(x.Constraints) : ConstraintEquality.Describe(x.Constraints) + " vs " + ConstraintEquality.Describe(y.Constraints));
            (same ? agree : disagree).Add(Pair(x.Name, y.Name) + ": " + shown);
        }

        var found = new List<SignalEvidence>(2);
        AddIfAny(found, "agree", agree);
        AddIfAny(found, "disagree", disagree);
        return found;
    }

    private static List<SignalEvidence> LifecycleEvidence(EventProfile a, EventProfile b)
    {
        var found = new List<SignalEvidence>(3);
        if (a.LifecycleStage is not null || b.LifecycleStage is not null)
        {
            found.Add(new("lifecycle_stage", [a.LifecycleStage?.Text ?? "none", b.LifecycleStage?.Text ?? "none"]));
        }

        if (a.RequiredSource is not null || b.RequiredSource is not null)
        {
            found.Add(new("required_source", [a.RequiredSource?.Text ?? "none", b.RequiredSource?.Text ?? "none"]));
        }

        if (a.PreferredLocation is not null || b.PreferredLocation is not null)
        {
            found.Add(new("preferred_location", [a.PreferredLocation ?? "none", b.PreferredLocation ?? "none"]));
        }

        return found;
    }

    private static PropertyDefinition Find(EventProfile profile, string key) =>
        profile.Properties![Array.BinarySearch(profile.PropertyKeys!, key, StringComparer.Ordinal)];

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

    /// <summary>Adds up the points of the signals that apply, and records each signal when a list is given.</summary>
    private struct Total(List<SignalScore>? signals)
    {
        private double _points;
        private double _weights;

        public readonly double Score => _weights == 0 ? 0 : Math.Round(100 * _points / _weights, 1, MidpointRounding.AwayFromZero);

        // index: the signal's position in ConsistencySignals.All, which Evaluate follows.
        public void Add(int index, bool applies, double similarity, Func<List<SignalEvidence>>? evidence)
        {
            var (signal, weight) = ConsistencySignals.All[index];
            if (applies)
            {
                _points += weight * similarity;
                _weights += weight;
            }

            signals?.Add(new SignalScore(signal, weight, applies, Math.Round(similarity, 4, MidpointRounding.AwayFromZero),
                applies ? Math.Round(weight * similarity, 2, MidpointRounding.AwayFromZero) : 0,
                evidence?.Invoke() ?? []));
        }
    }
}
