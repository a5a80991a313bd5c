using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.JsonSchema;

/// <summary>
/// Maps contract properties to JSON Schema (draft 2020-12) nodes that accept exactly the values the
/// validator accepts (DESIGN §3): optional object members also take <c>null</c>, integers are bounded to
/// the signed 64-bit range, and objects that declare their properties are closed.
/// </summary>
internal static class PropertySchemaBuilder
{
    // 2^63 does not fit a long; as a ulong it is written with its exact digits.
    private const ulong IntegerUpperBoundExclusive = 9223372036854775808UL;

    /// <summary>The schema of an object's members: <c>properties</c>, <c>required</c> and <c>additionalProperties: false</c>.</summary>
    public static Dictionary<string, object?> Object(IReadOnlyList<PropertyDefinition> members, bool nullable)
    {
        var node = Node();
        node["type"] = TypeKeyword("object", nullable);
        AddMembers(node, members);
        return node;
    }

    /// <summary>The required member names of an object, in ordinal order.</summary>
    public static List<object?> RequiredNames(IEnumerable<PropertyDefinition> members) =>
        [.. members.Where(p => p.Required).Select(p => p.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static Dictionary<string, object?> Property(PropertyDefinition property, bool nullable)
    {
        var node = Node();
        node["type"] = TypeKeyword(TypeName(property.Type), nullable);
        AddIfSet(node, "description", property.Description);
        if (property.Pii)
        {
            node["x-trackboard-pii"] = true;
        }

        if (property.Examples is { Count: > 0 } examples)
        {
            node["examples"] = examples.Select(e => (object?)e).ToList();
        }

        AddConstraints(node, property.Type, property.Constraints, nullable);
        if (property.Type == PropertyType.Array && property.Items is { } items)
        {
            // Null array elements are type mismatches: null only means "absent" for object members.
            node["items"] = Property(items, nullable: false);
        }

        if (property.Type == PropertyType.Object && property.Properties is { } members)
        {
            AddMembers(node, members);
        }

        return node;
    }

    private static void AddMembers(Dictionary<string, object?> node, IReadOnlyList<PropertyDefinition> members)
    {
        var properties = Node();
        foreach (var member in members)
        {
            properties.TryAdd(member.Name, Property(member, nullable: !member.Required));
        }

        node["properties"] = properties;
        node["additionalProperties"] = false;
        var required = RequiredNames(members);
        if (required.Count > 0)
        {
            node["required"] = required;
        }
    }

    private static void AddConstraints(Dictionary<string, object?> node, PropertyType type, Constraints constraints, bool nullable)
    {
        if (constraints.EnumValues is { } values)
        {
            // Values whose kind cannot match the type stay: like the validator, they simply never match.
            var list = values.Select(v => (object?)v).ToList();
            if (nullable && !values.Any(v => v.Kind == ScalarKind.Null))
            {
                list.Add(ScalarValue.Null);
            }

            node["enum"] = list;
        }

        if (type == PropertyType.Integer)
        {
            AddIntegerBounds(node, constraints.Min, constraints.Max);
        }
        else
        {
            AddIfSet(node, "minimum", constraints.Min);
            AddIfSet(node, "maximum", constraints.Max);
        }

        AddIfSet(node, "minLength", constraints.MinLength);
        AddIfSet(node, "maxLength", constraints.MaxLength);
        if (constraints.Pattern is { } pattern)
        {
            // The validator runs .NET regexes; JSON Schema means ECMA-262. Keep the contract's spelling alongside.
            var translated = PatternTranslator.ToEcmaScript(pattern);
            node["pattern"] = translated;
            if (!string.Equals(translated, pattern, StringComparison.Ordinal))
            {
                node["x-trackboard-pattern"] = pattern;
            }
        }

        AddIfSet(node, "format", constraints.Format);
        AddIfSet(node, "minItems", constraints.MinItems);
        AddIfSet(node, "maxItems", constraints.MaxItems);
    }

    // The validator's integer range is [-2^63, 2^63); a user bound replaces the range bound on its side
    // when it is at least as tight.
    private static void AddIntegerBounds(Dictionary<string, object?> node, double? min, double? max)
    {
        node["minimum"] = min is { } low && low > NumberRules.MinInteger ? low : (object)long.MinValue;
        if (max is { } high && high < NumberRules.IntegerUpperBoundExclusive)
        {
            node["maximum"] = high;
        }
        else
        {
            node["exclusiveMaximum"] = IntegerUpperBoundExclusive;
        }
    }

    private static object TypeKeyword(string type, bool nullable) =>
        nullable ? new List<object?> { type, "null" } : type;

    private static string TypeName(PropertyType type) => type switch
    {
        PropertyType.String => "string",
        PropertyType.Integer => "integer",
        PropertyType.Float => "number",
        PropertyType.Boolean => "boolean",
        PropertyType.Array => "array",
        _ => "object",
    };

    private static Dictionary<string, object?> Node() => new(StringComparer.Ordinal);

    private static void AddIfSet(Dictionary<string, object?> node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }

    private static void AddIfSet(Dictionary<string, object?> node, string key, long? value)
    {
        if (value is { } v)
        {
            node[key] = v;
        }
    }

    private static void AddIfSet(Dictionary<string, object?> node, string key, double? value)
    {
        if (value is { } v)
        {
            node[key] = v;
        }
    }
}
