using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Diff;

/// <summary>Compares two versions of one event: its own fields, then its merged properties.</summary>
internal static class EventComparer
{
    public static void Compare(EventView before, EventView after, DiffScope scope)
    {
        var name = scope.EventName;
        if (before.Status != after.Status)
        {
            var (b, a) = (ValueText.Status(before.Status), ValueText.Status(after.Status));
            if (after.Status == EventStatus.Deprecated)
            {
                scope.Add(ChangeCodes.EventDeprecated, null, "status", b, a, $"Event '{name}' was deprecated (was {b}).");
            }
            else
            {
                scope.Add(ChangeCodes.EventStatusChanged, null, "status", b, a, $"Status of event '{name}' changed from {b} to {a}.");
            }
        }

        if (!string.Equals(before.Description, after.Description, StringComparison.Ordinal))
        {
            scope.Add(ChangeCodes.EventDescriptionChanged, null, "description", before.Description, after.Description,
                $"Description of event '{name}' changed.");
        }

        if (!string.Equals(before.Category, after.Category, StringComparison.Ordinal))
        {
            scope.Add(ChangeCodes.EventCategoryChanged, null, "category", before.Category, after.Category,
                $"Category of event '{name}' changed from {ValueText.Quoted(before.Category)} to {ValueText.Quoted(after.Category)}.");
        }

        CompareGuidance(before.Guidance, after.Guidance, scope);
        if (!string.Equals(before.Owner, after.Owner, StringComparison.Ordinal))
        {
            scope.Add(ChangeCodes.OwnerChanged, null, "owner", before.Owner, after.Owner,
                $"Owner of event '{name}' changed from {ValueText.Quoted(before.Owner)} to {ValueText.Quoted(after.Owner)}.");
        }

        PropertyComparer.CompareLists(scope, null, before.Properties, after.Properties);
    }

    private static void CompareGuidance(ImplementationGuidance? before, ImplementationGuidance? after, DiffScope scope)
    {
        const string Path = "implementation_guidance";
        var name = scope.EventName;
        if (before is null && after is null)
        {
            return;
        }

        if (before is null || after is null)
        {
            var message = before is null
                ? $"Implementation guidance was added to event '{name}'."
                : $"Implementation guidance was removed from event '{name}'.";
            scope.Add(ChangeCodes.GuidanceChanged, null, Path, null, null, message);
            return;
        }

        var keys = GuidanceComparer.ChangedKeys(before, after);
        if (keys.Count > 0)
        {
            scope.Add(ChangeCodes.GuidanceChanged, null, Path, null, null,
                $"Implementation guidance of event '{name}' changed: {string.Join(", ", keys)}.");
        }
    }
}
