namespace Trackboard.Contracts.Lint;

/// <summary>
/// PII_UNDECLARED: a property whose name looks personal (<see cref="PersonalData"/>) is not marked
/// <c>pii: true</c>, and no property around it is.
/// </summary>
internal static class PiiRule
{
    public static void Check(LintContext context)
    {
        if (!context.Enabled(LintRules.PiiUndeclared))
        {
            return;
        }

        foreach (var site in context.Properties.Where(p => !p.Property.Pii && !p.UnderPii))
        {
            if (PersonalData.Reason(site.Property.Name) is { } reason)
            {
                context.Add(LintRules.PiiUndeclared, site, "pii", 3,
                    $"Property '{site.PropertyPath}' ({site.Place}) looks personal ({reason}) but is not marked pii: true; "
                    + "mark it so Guard and the UI treat it as personal data, or rename it if it holds none.");
            }
        }
    }
}
