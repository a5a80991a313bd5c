namespace Trackboard.Contracts.Diff;

/// <summary>Stable codes of diff changes (DESIGN §4). <see cref="ChangeRules"/> gives each its severity and rule id.</summary>
public static class ChangeCodes
{
    /// <summary>Breaking: an event is gone.</summary>
    public const string EventRemoved = "event_removed";

    /// <summary>Breaking: a property is gone (events that still send it get <c>unknown_property</c>).</summary>
    public const string PropertyRemoved = "property_removed";

    /// <summary>Breaking: a new property is required.</summary>
    public const string RequiredPropertyAdded = "required_property_added";

    /// <summary>Breaking: an optional property became required.</summary>
    public const string PropertyBecameRequired = "property_became_required";

    /// <summary>Breaking: an enum value is no longer allowed.</summary>
    public const string EnumValueRemoved = "enum_value_removed";

    /// <summary>Breaking: a property without an enum got one.</summary>
    public const string EnumAdded = "enum_added";

    /// <summary>Breaking: a bound, length, item count, pattern, format or nested schema narrows what is accepted.</summary>
    public const string ConstraintTightened = "constraint_tightened";

    /// <summary>Breaking: a property's type changed in any way other than integer to float.</summary>
    public const string PropertyTypeChanged = "property_type_changed";

    /// <summary>Safe: a new event.</summary>
    public const string EventAdded = "event_added";

    /// <summary>Safe: a new optional property.</summary>
    public const string OptionalPropertyAdded = "optional_property_added";

    /// <summary>Safe: a required property became optional.</summary>
    public const string PropertyBecameOptional = "property_became_optional";

    /// <summary>Safe: an enum accepts a new value.</summary>
    public const string EnumValueAdded = "enum_value_added";

    /// <summary>Safe: a property's enum was dropped.</summary>
    public const string EnumRemoved = "enum_removed";

    /// <summary>Safe: a constraint accepts more than before, or was dropped.</summary>
    public const string ConstraintLoosened = "constraint_loosened";

    /// <summary>Safe: a property went from integer to float.</summary>
    public const string PropertyTypeWidened = "property_type_widened";

    /// <summary>Informational: an event became deprecated.</summary>
    public const string EventDeprecated = "event_deprecated";

    /// <summary>Informational: any other status change.</summary>
    public const string EventStatusChanged = "event_status_changed";

    /// <summary>Informational: an event's description changed.</summary>
    public const string EventDescriptionChanged = "event_description_changed";

    /// <summary>Informational: an event's category changed.</summary>
    public const string EventCategoryChanged = "event_category_changed";

    /// <summary>Informational: a property's description changed.</summary>
    public const string PropertyDescriptionChanged = "property_description_changed";

    /// <summary>Informational: a property's examples changed.</summary>
    public const string PropertyExamplesChanged = "property_examples_changed";

    /// <summary>Informational: an event's implementation guidance changed.</summary>
    public const string GuidanceChanged = "guidance_changed";

    /// <summary>Informational: a property's <c>pii</c> flag changed.</summary>
    public const string PiiChanged = "pii_changed";

    /// <summary>Informational: an event's owner changed.</summary>
    public const string OwnerChanged = "owner_changed";
}
