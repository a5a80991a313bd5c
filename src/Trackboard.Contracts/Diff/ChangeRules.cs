using System.Collections.Frozen;

namespace Trackboard.Contracts.Diff;

/// <summary>
/// The catalogue of change codes: severity and rule id of each (docs/change-codes.md). Breaking rules are
/// named for what they protect, as <c>buf breaking</c> names its rules (<c>EVENT_NO_DELETE</c>); safe and
/// informational ones for the change they report (<c>EVENT_ADD</c>).
/// </summary>
public static class ChangeRules
{
    /// <summary>Every rule, breaking first, in the order of the DESIGN §4 table.</summary>
    public static IReadOnlyList<ChangeRule> All { get; } =
    [
        new(ChangeCodes.EventRemoved, "EVENT_NO_DELETE", ChangeSeverity.Breaking, "An event was removed."),
        new(ChangeCodes.PropertyRemoved, "PROPERTY_NO_DELETE", ChangeSeverity.Breaking, "A property was removed."),
        new(ChangeCodes.RequiredPropertyAdded, "REQUIRED_PROPERTY_NO_ADD", ChangeSeverity.Breaking, "A required property was added."),
        new(ChangeCodes.PropertyBecameRequired, "OPTIONAL_TO_REQUIRED", ChangeSeverity.Breaking, "An optional property became required."),
        new(ChangeCodes.EnumValueRemoved, "ENUM_VALUE_NO_DELETE", ChangeSeverity.Breaking, "An enum value was removed."),
        new(ChangeCodes.EnumAdded, "ENUM_NO_ADD", ChangeSeverity.Breaking, "A property without an enum got one."),
        new(ChangeCodes.ConstraintTightened, "CONSTRAINT_NO_TIGHTEN", ChangeSeverity.Breaking, "A constraint now accepts less."),
        new(ChangeCodes.PropertyTypeChanged, "PROPERTY_SAME_TYPE", ChangeSeverity.Breaking, "A property's type changed (other than integer to float)."),
        new(ChangeCodes.EventAdded, "EVENT_ADD", ChangeSeverity.Safe, "An event was added."),
        new(ChangeCodes.OptionalPropertyAdded, "OPTIONAL_PROPERTY_ADD", ChangeSeverity.Safe, "An optional property was added."),
        new(ChangeCodes.PropertyBecameOptional, "REQUIRED_TO_OPTIONAL", ChangeSeverity.Safe, "A required property became optional."),
        new(ChangeCodes.EnumValueAdded, "ENUM_VALUE_ADD", ChangeSeverity.Safe, "An enum value was added."),
        new(ChangeCodes.EnumRemoved, "ENUM_DELETE", ChangeSeverity.Safe, "A property's enum was removed."),
        new(ChangeCodes.ConstraintLoosened, "CONSTRAINT_LOOSEN", ChangeSeverity.Safe, "A constraint now accepts more, or was removed."),
        new(ChangeCodes.PropertyTypeWidened, "PROPERTY_TYPE_WIDEN", ChangeSeverity.Safe, "A property went from integer to float."),
        new(ChangeCodes.EventDeprecated, "EVENT_DEPRECATE", ChangeSeverity.Informational, "An event became deprecated."),
        new(ChangeCodes.EventStatusChanged, "EVENT_STATUS_CHANGE", ChangeSeverity.Informational, "An event's status changed (other than to deprecated)."),
        new(ChangeCodes.EventDescriptionChanged, "EVENT_DESCRIPTION_CHANGE", ChangeSeverity.Informational, "An event's description changed."),
        new(ChangeCodes.EventCategoryChanged, "EVENT_CATEGORY_CHANGE", ChangeSeverity.Informational, "An event's category changed."),
        new(ChangeCodes.PropertyDescriptionChanged, "PROPERTY_DESCRIPTION_CHANGE", ChangeSeverity.Informational, "A property's description changed."),
        new(ChangeCodes.PropertyExamplesChanged, "PROPERTY_EXAMPLES_CHANGE", ChangeSeverity.Informational, "A property's examples changed."),
        new(ChangeCodes.GuidanceChanged, "GUIDANCE_CHANGE", ChangeSeverity.Informational, "An event's implementation guidance changed."),
        new(ChangeCodes.PiiChanged, "PII_CHANGE", ChangeSeverity.Informational, "A property's pii flag changed."),
        new(ChangeCodes.OwnerChanged, "OWNER_CHANGE", ChangeSeverity.Informational, "An event's owner changed."),
    ];

    // Declared after All: static initializers run in text order.
    private static readonly FrozenDictionary<string, ChangeRule> s_byKey = BuildIndex();

    /// <summary>Finds a rule by code or rule id, ignoring case (the CLI uses it to reject unknown names in ignore config).</summary>
    public static bool TryFind(string codeOrRuleId, out ChangeRule rule)
    {
        ArgumentNullException.ThrowIfNull(codeOrRuleId);
        return s_byKey.TryGetValue(codeOrRuleId, out rule!);
    }

    /// <summary>The rule of a known code.</summary>
    internal static ChangeRule Get(string code) => s_byKey[code];

    private static FrozenDictionary<string, ChangeRule> BuildIndex()
    {
        var index = new Dictionary<string, ChangeRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in All)
        {
            index.Add(rule.Code, rule);
            index.Add(rule.RuleId, rule);
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
