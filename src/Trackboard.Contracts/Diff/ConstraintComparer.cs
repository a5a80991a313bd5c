using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Diff;

/// <summary>
/// Compares constraints key by key: one change per key. Lower bounds tighten when they rise or appear,
/// upper bounds when they fall or appear; a pattern or format tightens when it appears or changes.
/// </summary>
internal static class ConstraintComparer
{
    private enum Bound
    {
        Lower,
        Upper,
    }

    public static void Compare(DiffScope scope, string path, string location, string label, Constraints before, Constraints after)
    {
        CompareEnum(scope, path, location + ".constraints.enum_values", label, before.EnumValues, after.EnumValues);
        CompareBound(scope, path, location, label, "min", Bound.Lower, before.Min, after.Min);
        CompareBound(scope, path, location, label, "max", Bound.Upper, before.Max, after.Max);
        CompareBound(scope, path, location, label, "min_length", Bound.Lower, before.MinLength, after.MinLength);
        CompareBound(scope, path, location, label, "max_length", Bound.Upper, before.MaxLength, after.MaxLength);
        CompareText(scope, path, location, label, "pattern", before.Pattern, after.Pattern);
        CompareText(scope, path, location, label, "format", before.Format, after.Format);
        CompareBound(scope, path, location, label, "min_items", Bound.Lower, before.MinItems, after.MinItems);
        CompareBound(scope, path, location, label, "max_items", Bound.Upper, before.MaxItems, after.MaxItems);
    }

    private static void CompareBound(DiffScope scope, string path, string location, string label, string key, Bound bound, double? before, double? after)
    {
        if (before == after)
        {
            return;
        }

        // A bound that appears narrows; one that goes away widens; otherwise the direction decides.
        var tightened = (before, after) switch
        {
            (null, _) => true,
            (_, null) => false,
            var (b, a) => bound == Bound.Lower ? a > b : a < b,
        };
        Report(scope, path, location, label, key, tightened, ValueText.Number(before), ValueText.Number(after));
    }

    private static void CompareBound(DiffScope scope, string path, string location, string label, string key, Bound bound, long? before, long? after)
    {
        if (before == after)
        {
            return;
        }

        var tightened = (before, after) switch
        {
            (null, _) => true,
            (_, null) => false,
            var (b, a) => bound == Bound.Lower ? a > b : a < b,
        };
        Report(scope, path, location, label, key, tightened, ValueText.Number(before), ValueText.Number(after));
    }

    private static void CompareText(DiffScope scope, string path, string location, string label, string key, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            // A changed pattern or format accepts different strings, which is never provably wider.
            Report(scope, path, location, label, key, tightened: after is not null, before, after, quote: true);
        }
    }

    private static void Report(DiffScope scope, string path, string location, string label, string key, bool tightened, string? before, string? after, bool quote = false)
    {
        var (b, a) = quote ? (ValueText.Quoted(before), ValueText.Quoted(after)) : (before, after);
        var target = ValueText.Lower(label);
        var code = tightened ? ChangeCodes.ConstraintTightened : ChangeCodes.ConstraintLoosened;
        var message = (before, after) switch
        {
            (null, _) => $"Constraint {key} {a} was added to {target}",
            (_, null) => $"Constraint {key} {b} was removed from {target}",
            _ => $"Constraint {key} of {target} {(tightened ? "tightened" : "loosened")} from {b} to {a}",
        };
        message += tightened ? "; values accepted before can now be rejected." : ".";
        scope.Add(code, path, location + ".constraints." + key, before, after, message);
    }

    private static void CompareEnum(DiffScope scope, string path, string location, string label, IReadOnlyList<ScalarValue>? before, IReadOnlyList<ScalarValue>? after)
    {
        if (before is null && after is null)
        {
            return;
        }

        if (before is null)
        {
            var values = ValueText.Json(after);
            scope.Add(ChangeCodes.EnumAdded, path, location, null, values,
                $"{label} now only accepts the values {values}; other values are rejected.");
            return;
        }

        if (after is null)
        {
            scope.Add(ChangeCodes.EnumRemoved, path, location, ValueText.Json(before), null, $"{label} no longer restricts its values to an enum.");
            return;
        }

        foreach (var value in before.Where(v => !Contains(after, v)))
        {
            var text = ValueText.Json(value);
            scope.Add(ChangeCodes.EnumValueRemoved, path, location, text, null,
                $"Enum value {text} was removed from {ValueText.Lower(label)}; events sending it are rejected.");
        }

        foreach (var value in after.Where(v => !Contains(before, v)))
        {
            var text = ValueText.Json(value);
            scope.Add(ChangeCodes.EnumValueAdded, path, location, null, text, $"Enum value {text} was added to {ValueText.Lower(label)}.");
        }
    }

    private static bool Contains(IReadOnlyList<ScalarValue> values, ScalarValue value) => values.Any(v => v.JsonEquals(value));
}
