using Trackboard.Contracts.Consistency;

namespace Trackboard.Contracts.Lint;

/// <summary>EVENT_NAME_CASING, PROPERTY_NAME_CASING and EVENT_NAME_OBJECT_ACTION.</summary>
internal static class NamingRules
{
    /// <summary>Checks event names; returns the casing checked against (configured or detected).</summary>
    public static NameCasing? CheckEventCasing(LintContext context)
    {
        var casing = context.Options.EventCasing ?? CasingDetector.Detect(context.Events.Select(e => e.Definition.EventName));
        if (casing is not { } expected || !context.Enabled(LintRules.EventNameCasing))
        {
            return casing;
        }

        var why = Why(context.Options.EventCasing is not null, "event");
        foreach (var site in context.Events.Where(s => !CasingDetector.Matches(s.Definition.EventName, expected)))
        {
            var name = site.Definition.EventName;
            context.Add(LintRules.EventNameCasing, site, "event_name", 0,
                $"Event name '{name}' is not {NameCasings.Name(expected)}, {why}{Rename(name, expected)}.");
        }

        return casing;
    }

    /// <summary>Checks property names everywhere; returns the casing checked against.</summary>
    public static NameCasing? CheckPropertyCasing(LintContext context)
    {
        var named = context.Properties.Where(p => p.Property.Name.Length > 0).ToList();
        var casing = context.Options.PropertyCasing ?? CasingDetector.Detect(named.Select(p => p.Property.Name));
        if (casing is not { } expected || !context.Enabled(LintRules.PropertyNameCasing))
        {
            return casing;
        }

        var why = Why(context.Options.PropertyCasing is not null, "property");
        foreach (var site in named.Where(s => !CasingDetector.Matches(s.Property.Name, expected)))
        {
            var name = site.Property.Name;
            context.Add(LintRules.PropertyNameCasing, site, "name", 0,
                $"Property name '{name}' ({site.Place}) is not {NameCasings.Name(expected)}, {why}{Rename(name, expected)}.");
        }

        return casing;
    }

    public static void CheckWordOrder(LintContext context, NameCasing? eventCasing)
    {
        if (!context.Enabled(LintRules.EventNameObjectAction))
        {
            return;
        }

        var objectFirst = context.Options.WordOrder == EventWordOrder.ObjectAction;
        foreach (var site in context.Events)
        {
            var name = site.Definition.EventName;
            var words = WordSplitter.Split(name);
            var lower = words.Select(w => w.ToLowerInvariant()).ToList();
            var found = objectFirst ? ActionLast(words, lower) : ActionFirst(words, lower);
            if (found is not { } hit)
            {
                continue;
            }

            var (reordered, action) = hit;

            var casing = NameCasings.All.Where(c => CasingDetector.Matches(name, c)).Cast<NameCasing?>().FirstOrDefault()
                ?? eventCasing ?? NameCasing.SnakeCase;
            var suggestion = CasingDetector.Join(reordered, casing);
            var message = objectFirst
                ? $"Event name '{name}' starts with the action '{action}'; name events object first, action last: rename it to '{suggestion}'."
                : $"Event name '{name}' ends with the action '{action}'; name events action first, object last: rename it to '{suggestion}'.";
            context.Add(LintRules.EventNameObjectAction, site, "event_name", 0, message);
        }
    }

    // Object-action expected: a name starting with an action (and its particle) followed by an object is flagged;
    // returns its words with the action moved to the end and the action, or null when the name is fine.
    private static (List<string> Words, string Action)? ActionLast(List<string> words, List<string> lower)
    {
        var verb = ActionLength(lower);
        if (verb == 0 || !lower.Skip(verb).Any(IsObjectWord))
        {
            return null;
        }

        return ([.. words.Skip(verb), .. words.Take(verb)], string.Join(' ', lower.Take(verb)));
    }

    // Action-object expected: a name ending with an action whose first word is an object is flagged.
    private static (List<string> Words, string Action)? ActionFirst(List<string> words, List<string> lower)
    {
        if (lower.Count < 2 || !IsObjectWord(lower[0]))
        {
            return null;
        }

        var start = ActionWords.Particles.Contains(lower[^1]) && ActionWords.All.Contains(lower[^2])
            ? lower.Count - 2
            : ActionWords.All.Contains(lower[^1]) ? lower.Count - 1 : -1;
        return start <= 0 ? null : ([.. words.Skip(start), .. words.Take(start)], string.Join(' ', lower.Skip(start)));
    }

    // The number of leading words that are an action: 0, 1, or 2 with a particle (signed up).
    private static int ActionLength(List<string> lower)
    {
        if (lower.Count == 0 || !ActionWords.All.Contains(lower[0]))
        {
            return 0;
        }

        return lower.Count > 1 && ActionWords.Particles.Contains(lower[1]) ? 2 : 1;
    }

    private static bool IsObjectWord(string word) =>
        !ActionWords.All.Contains(word) && !ActionWords.Particles.Contains(word) && !char.IsDigit(word[0]);

    private static string Why(bool configured, string kind) =>
        configured ? $"the configured {kind} casing" : $"the casing most {kind} names in the plan use";

    private static string Rename(string name, NameCasing casing)
    {
        var converted = CasingDetector.Convert(name, casing);
        return string.Equals(converted, name, StringComparison.Ordinal) ? "" : $"; rename it to '{converted}'";
    }
}
