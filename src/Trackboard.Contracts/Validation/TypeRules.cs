using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>Which JSON values a property type accepts (DESIGN §3 rule 5).</summary>
public static class TypeRules
{
    /// <summary>True when a scalar of this kind and value could ever satisfy the type.</summary>
    public static bool CanMatch(PropertyType type, ScalarValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (type, value.Kind) switch
        {
            (PropertyType.String, ScalarKind.String) => true,
            (PropertyType.Boolean, ScalarKind.Boolean) => true,
            (PropertyType.Float, ScalarKind.Number) => true,
            (PropertyType.Integer, ScalarKind.Number) => value.Integer is not null,
            _ => false,
        };
    }

    /// <summary>The name of a property type as written in contracts.</summary>
    public static string Name(PropertyType type) => type switch
    {
        PropertyType.String => "string",
        PropertyType.Integer => "integer",
        PropertyType.Float => "float",
        PropertyType.Boolean => "boolean",
        PropertyType.Array => "array",
        _ => "object",
    };
}
