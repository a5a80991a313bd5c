using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Diff;

/// <summary>Which implementation guidance keys differ between two versions of an event.</summary>
internal static class GuidanceComparer
{
    public static IReadOnlyList<string> ChangedKeys(ImplementationGuidance before, ImplementationGuidance after)
    {
        var keys = new List<string>();
        Check(keys, "code_examples", Examples(before), Examples(after));
        Check(keys, "do_not_trigger_when", before.DoNotTriggerWhen, after.DoNotTriggerWhen);
        Check(keys, "idempotency_key", before.IdempotencyKey, after.IdempotencyKey);
        Check(keys, "lifecycle_stage", before.LifecycleStage, after.LifecycleStage);
        Check(keys, "preferred_location", before.PreferredLocation, after.PreferredLocation);
        Check(keys, "privacy_notes", before.PrivacyNotes, after.PrivacyNotes);
        Check(keys, "required_source", before.RequiredSource, after.RequiredSource);
        Check(keys, "trigger_when", before.TriggerWhen, after.TriggerWhen);
        return keys;
    }

    private static void Check(List<string> keys, string key, object? before, object? after)
    {
        if (!string.Equals(ValueText.Json(before), ValueText.Json(after), StringComparison.Ordinal))
        {
            keys.Add(key);
        }
    }

    private static List<Dictionary<string, object?>> Examples(ImplementationGuidance guidance) =>
    [
        .. guidance.CodeExamples.Select(e => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["language"] = e.Language,
            ["framework"] = e.Framework,
            ["snippet"] = e.Snippet,
        }),
    ];
}
