namespace Trackboard.Contracts.Import;

/// <summary>The columns of the CSV template (docs/import-csv.md).</summary>
internal static class CsvColumns
{
    public const string EventName = "event_name";
    public const string EventDescription = "event_description";
    public const string EventCategory = "event_category";
    public const string EventStatusColumn = "event_status";
    public const string EventOwner = "event_owner";
    public const string PropertyName = "property_name";
    public const string PropertyTypeColumn = "property_type";
    public const string Required = "required";
    public const string Description = "description";
    public const string EnumValues = "enum_values";
    public const string Min = "min";
    public const string Max = "max";
    public const string MinLength = "min_length";
    public const string MaxLength = "max_length";
    public const string Pattern = "pattern";
    public const string Format = "format";
    public const string MinItems = "min_items";
    public const string MaxItems = "max_items";
    public const string ItemType = "item_type";
    public const string Pii = "pii";

    public static IReadOnlyList<string> Mandatory { get; } = [EventName, PropertyName, PropertyTypeColumn];

    public static IReadOnlyList<string> All { get; } =
    [
        EventName, EventDescription, EventCategory, EventStatusColumn, EventOwner, PropertyName, PropertyTypeColumn, Required,
        Description, EnumValues, Min, Max, MinLength, MaxLength, Pattern, Format, MinItems, MaxItems, ItemType, Pii,
    ];
}
