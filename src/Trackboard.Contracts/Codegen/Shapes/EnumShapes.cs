using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>The enum values a typed target can offer for a property.</summary>
internal static class EnumShapes
{
    /// <summary>
    /// Null when the property has no enum (or is not a scalar); otherwise the values whose JSON kind can
    /// match the type, de-duplicated in order. Values that can never match (the loader warns about them)
    /// and <c>null</c> (which means "absent") are left out, so the list may be empty.
    /// </summary>
    public static IReadOnlyList<ScalarValue>? Usable(PropertyDefinition property)
    {
        if (property.Constraints.EnumValues is not { } values || property.Type is PropertyType.Array or PropertyType.Object)
        {
            return null;
        }

        var usable = new List<ScalarValue>();
        foreach (var value in values)
        {
            var fits = property.Type switch
            {
                PropertyType.String => value.Kind == ScalarKind.String,
                PropertyType.Integer => value.Kind == ScalarKind.Number && value.Integer is not null,
                PropertyType.Float => value.Kind == ScalarKind.Number,
                _ => value.Kind == ScalarKind.Boolean,
            };
            if (fits && !usable.Any(v => v.JsonEquals(value)))
            {
                usable.Add(value);
            }
        }

        return usable;
    }

    /// <summary>The text of a number value: the exact integer when it has one, else the canonical form.</summary>
    public static string NumberText(ScalarValue value) =>
        value.Integer is { } i ? i.ToString(System.Globalization.CultureInfo.InvariantCulture) : NumberRules.Format(value.Number);
}
