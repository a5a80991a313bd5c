namespace Trackboard.Contracts.Lint;

/// <summary>The lint rules, their stable ids and default severities (docs/lint.md describes each).</summary>
public static class LintRules
{
    /// <summary>An event name does not follow the event casing (configured, or the one most of the plan uses).</summary>
    public const string EventNameCasing = "EVENT_NAME_CASING";

    /// <summary>A property name does not follow the property casing.</summary>
    public const string PropertyNameCasing = "PROPERTY_NAME_CASING";

    /// <summary>An event name puts the action first (<c>completed_signup</c> instead of <c>signup_completed</c>).</summary>
    public const string EventNameObjectAction = "EVENT_NAME_OBJECT_ACTION";

    /// <summary>An event has no description.</summary>
    public const string EventDescriptionMissing = "EVENT_DESCRIPTION_MISSING";

    /// <summary>A property has no description.</summary>
    public const string PropertyDescriptionMissing = "PROPERTY_DESCRIPTION_MISSING";

    /// <summary>An event has no owner.</summary>
    public const string EventOwnerMissing = "EVENT_OWNER_MISSING";

    /// <summary>The same property name has different types in different places of the plan.</summary>
    public const string PropertyTypeConflict = "PROPERTY_TYPE_CONFLICT";

    /// <summary>A property whose name looks personal is not marked <c>pii: true</c>.</summary>
    public const string PiiUndeclared = "PII_UNDECLARED";

    /// <summary>Two events score at or above the consistency threshold: probably the same event twice.</summary>
    public const string EventSemanticDuplicate = "EVENT_SEMANTIC_DUPLICATE";

    /// <summary>Every rule, in documentation order.</summary>
    public static IReadOnlyList<LintRule> All { get; } =
    [
        new(EventNameCasing, LintSeverity.Warning, "Event names follow one casing: the configured one, or the one most of the plan uses."),
        new(PropertyNameCasing, LintSeverity.Warning, "Property names follow one casing: the configured one, or the one most of the plan uses."),
        new(EventNameObjectAction, LintSeverity.Warning, "Event names put the object first and the action last (signup_completed, not completed_signup)."),
        new(EventDescriptionMissing, LintSeverity.Warning, "Every event has a description."),
        new(PropertyDescriptionMissing, LintSeverity.Info, "Every property has a description."),
        new(EventOwnerMissing, LintSeverity.Info, "Every event has an owner."),
        new(PropertyTypeConflict, LintSeverity.Error, "A property name has one type across events, globals and call sections."),
        new(PiiUndeclared, LintSeverity.Warning, "Properties whose names look personal (email, phone, ip, name, address, token, ...) are marked pii: true."),
        new(EventSemanticDuplicate, LintSeverity.Warning, "No two events score at or above the consistency threshold (duplicate_likely by default)."),
    ];

    /// <summary>The rule with this id, or null.</summary>
    public static LintRule? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal));
}
