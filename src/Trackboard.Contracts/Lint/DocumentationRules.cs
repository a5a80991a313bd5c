namespace Trackboard.Contracts.Lint;

/// <summary>EVENT_DESCRIPTION_MISSING, PROPERTY_DESCRIPTION_MISSING and EVENT_OWNER_MISSING.</summary>
internal static class DocumentationRules
{
    public static void Check(LintContext context)
    {
        foreach (var site in context.Events)
        {
            var definition = site.Definition;
            if (string.IsNullOrWhiteSpace(definition.Description) && context.Enabled(LintRules.EventDescriptionMissing))
            {
                context.Add(LintRules.EventDescriptionMissing, site, "description", 1,
                    $"Event '{definition.EventName}' has no description; say what happened and when it is sent.");
            }

            if (string.IsNullOrWhiteSpace(definition.Owner) && context.Enabled(LintRules.EventOwnerMissing))
            {
                context.Add(LintRules.EventOwnerMissing, site, "owner", 2,
                    $"Event '{definition.EventName}' has no owner; name the team or person who answers for it.");
            }
        }

        if (!context.Enabled(LintRules.PropertyDescriptionMissing))
        {
            return;
        }

        foreach (var site in context.Properties.Where(p => string.IsNullOrWhiteSpace(p.Property.Description)))
        {
            context.Add(LintRules.PropertyDescriptionMissing, site, "description", 2,
                $"Property '{site.PropertyPath}' ({site.Place}) has no description; say what the value means and where it comes from.");
        }
    }
}
