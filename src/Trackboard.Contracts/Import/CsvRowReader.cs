using System.Text.RegularExpressions;
using Trackboard.Contracts.Model;
using static Trackboard.Contracts.Import.CsvColumns;

namespace Trackboard.Contracts.Import;

/// <summary>Reads one data row into the events; a row with any error changes nothing.</summary>
internal static class CsvRowReader
{
    public static void Apply(CsvRow row, List<CsvEventBuilder> events, List<string> errors)
    {
        if (errors.Count > 0)
        {
            return;
        }

        var eventName = row[EventName].Trim();
        if (eventName.Length == 0)
        {
            errors.Add("event_name is empty; every row names its event.");
            return;
        }

        var existing = events.Find(e => e.Name == eventName);
        var target = existing ?? new CsvEventBuilder(eventName);
        var status = Status(row[EventStatusColumn], errors);
        Agree(target.Description, row[EventDescription], EventDescription, errors);
        Agree(target.Category, row[EventCategory], EventCategory, errors);
        Agree(target.Owner, row[EventOwner], EventOwner, errors);
        if (status is { } s && target.StatusSet && s != target.Status)
        {
            errors.Add($"event_status conflicts with an earlier row of '{eventName}'.");
        }

        var propertyPath = row[PropertyName].Trim();
        (List<CsvPropertyBuilder> Siblings, CsvPropertyBuilder Property)? addition = null;
        if (propertyPath.Length > 0)
        {
            addition = Property(row, propertyPath, target, errors);
        }

        if (errors.Count > 0)
        {
            return;
        }

        target.Description ??= Empty(row[EventDescription]);
        target.Category ??= Empty(row[EventCategory]);
        target.Owner ??= Empty(row[EventOwner]);
        if (status is { } newStatus)
        {
            target.Status = newStatus;
            target.StatusSet = true;
        }

        if (addition is { } add)
        {
            add.Siblings.Add(add.Property);
        }

        if (existing is null)
        {
            events.Add(target);
        }
    }

    private static (List<CsvPropertyBuilder>, CsvPropertyBuilder)? Property(CsvRow row, string path, CsvEventBuilder target, List<string> errors)
    {
        var parts = path.Split('.');
        if (parts.Any(p => p.Trim().Length == 0))
        {
            errors.Add($"property_name '{path}' has an empty segment; nested names are written parent.child.");
            return null;
        }

        var siblings = target.Properties;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var parent = siblings.Find(p => p.Definition.Name == parts[i]);
            if (parent is null || parent.Definition.Type != PropertyType.Object)
            {
                errors.Add($"'{path}' is nested under '{string.Join('.', parts[..(i + 1)])}', which is not an object property declared on an earlier row of '{target.Name}'.");
                return null;
            }

            siblings = parent.Children ??= [];
        }

        var name = parts[^1];
        if (siblings.Any(p => p.Definition.Name == name))
        {
            errors.Add($"property '{path}' of '{target.Name}' is already declared on an earlier row.");
            return null;
        }

        var type = CsvCells.Type(row[PropertyTypeColumn], PropertyTypeColumn, errors);
        if (type is not { } t)
        {
            return null;
        }

        var definition = new PropertyDefinition
        {
            Name = name,
            Type = t,
            Required = CsvCells.Boolean(row[Required], Required, errors),
            Pii = CsvCells.Boolean(row[Pii], Pii, errors),
            Description = Empty(row[Description]),
            Constraints = Constraints(row, t, errors),
            Items = Items(row, t, errors),
        };
        return (siblings, new CsvPropertyBuilder(definition));
    }

    private static Constraints Constraints(CsvRow row, PropertyType type, List<string> errors)
    {
        var constraints = new Constraints
        {
            EnumValues = CsvCells.Enum(row[EnumValues], type, errors),
            Min = CsvCells.Number(row[Min], Min, errors),
            Max = CsvCells.Number(row[Max], Max, errors),
            MinLength = CsvCells.Count(row[MinLength], MinLength, errors),
            MaxLength = CsvCells.Count(row[MaxLength], MaxLength, errors),
            Pattern = Empty(row[Pattern]),
            Format = Empty(row[Format]),
            MinItems = CsvCells.Count(row[MinItems], MinItems, errors),
            MaxItems = CsvCells.Count(row[MaxItems], MaxItems, errors),
        };
        var numeric = type is PropertyType.Integer or PropertyType.Float;
        Fits(constraints.Min is not null || constraints.Max is not null, numeric, "min/max", "integer and float", errors);
        Fits(constraints.MinLength is not null || constraints.MaxLength is not null || constraints.Pattern is not null || constraints.Format is not null,
            type == PropertyType.String, "min_length/max_length/pattern/format", "string", errors);
        Fits(constraints.MinItems is not null || constraints.MaxItems is not null, type == PropertyType.Array, "min_items/max_items", "array", errors);
        if (constraints.Format is { } format && !StringFormats.All.Contains(format))
        {
            errors.Add($"unknown format '{format}'; use one of {string.Join(", ", StringFormats.All)}.");
        }

        if (constraints.Pattern is { } pattern)
        {
            try
            {
                _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException failure)
            {
                errors.Add($"pattern '{pattern}' does not compile: {failure.Message}");
            }
        }

        return constraints.IsEmpty ? Contracts.Model.Constraints.None : constraints;
    }

    private static PropertyDefinition? Items(CsvRow row, PropertyType type, List<string> errors)
    {
        if (row[ItemType].Trim().Length == 0)
        {
            return null;
        }

        if (type != PropertyType.Array)
        {
            errors.Add("item_type applies to array properties only.");
            return null;
        }

        return CsvCells.Type(row[ItemType], ItemType, errors) is { } itemType
            ? new PropertyDefinition { Name = "", Type = itemType }
            : null;
    }

    private static void Fits(bool present, bool fits, string what, string types, List<string> errors)
    {
        if (present && !fits)
        {
            errors.Add($"{what} apply to {types} properties only.");
        }
    }

    private static EventStatus? Status(string cell, List<string> errors)
    {
        switch (cell.Trim().ToLowerInvariant())
        {
            case "":
                return null;
            case "active":
                return EventStatus.Active;
            case "deprecated":
                return EventStatus.Deprecated;
            case "planned":
                return EventStatus.Planned;
            default:
                errors.Add($"event_status '{cell.Trim()}' is not active, deprecated or planned.");
                return null;
        }
    }

    private static void Agree(string? current, string cell, string column, List<string> errors)
    {
        if (current is not null && Empty(cell) is { } value && value != current)
        {
            errors.Add($"{column} '{value}' conflicts with '{current}' on an earlier row of the same event; leave it empty or repeat the same text.");
        }
    }

    private static string? Empty(string cell) => cell.Trim() is { Length: > 0 } text ? text : null;
}
