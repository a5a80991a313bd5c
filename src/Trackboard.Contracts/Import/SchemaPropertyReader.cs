using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>
/// Reads JSON Schema property nodes (as Trackboard exports them, and as Segment Protocols writes them) into
/// contract properties. A node using a construct a contract cannot express is a problem with its JSON path.
/// </summary>
internal static class SchemaPropertyReader
{
    private const double IntegerUpperBoundExclusive = 9223372036854775808d;

    private static readonly HashSet<string> s_annotations =
    [
        "title", "$comment", "$id", "$schema", "default", "deprecated", "readOnly", "writeOnly", "examples",
        "description", "type", "enum", "minimum", "maximum", "exclusiveMaximum", "minLength", "maxLength",
        "pattern", "format", "minItems", "maxItems", "items", "properties", "required", "additionalProperties",
        "x-trackboard-pii", "x-trackboard-pattern", "id",
    ];

    /// <summary>The members of an object schema, in the schema's order.</summary>
    public static List<PropertyDefinition> Members(JsonElement objectSchema, string path, List<ImportProblem> problems)
    {
        var members = new List<PropertyDefinition>();
        var required = RequiredNames(objectSchema);
        if (!objectSchema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return members;
        }

        foreach (var member in properties.EnumerateObject())
        {
            if (Read(member.Name, member.Value, required.Contains(member.Name), $"{path}.properties['{member.Name}']", problems) is { } property)
            {
                members.Add(property);
            }
        }

        return members;
    }

    public static HashSet<string> RequiredNames(JsonElement objectSchema) =>
        objectSchema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array
            ? [.. required.EnumerateArray().Where(r => r.ValueKind == JsonValueKind.String).Select(r => r.GetString()!)]
            : [];

    private static PropertyDefinition? Read(string name, JsonElement node, bool required, string path, List<ImportProblem> problems)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ImportProblem(path, "a property schema must be an object; skipped."));
            return null;
        }

        var unsupported = node.EnumerateObject().Select(p => p.Name).Where(k => !s_annotations.Contains(k)).ToList();
        if (unsupported.Count > 0)
        {
            problems.Add(new ImportProblem(path, $"uses {string.Join(", ", unsupported)}, which a contract property cannot express; skipped. Rewrite it with type, enum and the constraint keywords."));
            return null;
        }

        var (type, nullable) = Type(node, path, problems);
        if (type is not { } t)
        {
            return null;
        }

        var before = problems.Count;
        var property = new PropertyDefinition
        {
            Name = name,
            Type = t,
            Required = required,
            Description = String(node, "description"),
            Pii = node.TryGetProperty("x-trackboard-pii", out var pii) && pii.ValueKind == JsonValueKind.True,
            Examples = node.TryGetProperty("examples", out var examples) && examples.ValueKind == JsonValueKind.Array && examples.GetArrayLength() > 0
                ? [.. examples.EnumerateArray().Select(e => e.Clone())]
                : null,
            Constraints = Constraints(node, t, nullable, path, problems),
            Items = t == PropertyType.Array && node.TryGetProperty("items", out var items)
                ? Read("", items, false, path + ".items", problems) is { } item ? item with { Required = false } : null
                : null,
            Properties = t == PropertyType.Object && node.TryGetProperty("properties", out _) ? Members(node, path, problems) : null,
        };
        return problems.Count == before ? property : null;
    }

    private static (PropertyType?, bool Nullable) Type(JsonElement node, string path, List<ImportProblem> problems)
    {
        var names = new List<string>();
        if (node.TryGetProperty("type", out var type))
        {
            if (type.ValueKind == JsonValueKind.String)
            {
                names.Add(type.GetString()!);
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                names.AddRange(type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!));
            }
        }

        var nullable = names.Remove("null");
        if (names.Count != 1)
        {
            problems.Add(new ImportProblem(path, names.Count == 0
                ? "has no type; give it one of string, integer, number, boolean, array, object. Skipped."
                : $"allows several types ({string.Join(", ", names)}); a contract property has one. Skipped."));
            return (null, nullable);
        }

        PropertyType? result = names[0] switch
        {
            "string" => PropertyType.String,
            "integer" => PropertyType.Integer,
            "number" => PropertyType.Float,
            "boolean" => PropertyType.Boolean,
            "array" => PropertyType.Array,
            "object" => PropertyType.Object,
            _ => null,
        };
        if (result is null)
        {
            problems.Add(new ImportProblem(path, $"has the unknown type '{names[0]}'. Skipped."));
        }

        return (result, nullable);
    }

    private static Constraints Constraints(JsonElement node, PropertyType type, bool nullable, string path, List<ImportProblem> problems)
    {
        var constraints = new Constraints
        {
            EnumValues = Enum(node, nullable, path, problems),
            Min = Number(node, "minimum"),
            Max = Number(node, "maximum"),
            MinLength = Count(node, "minLength"),
            MaxLength = Count(node, "maxLength"),
            Pattern = String(node, "x-trackboard-pattern") ?? String(node, "pattern"),
            Format = String(node, "format"),
            MinItems = Count(node, "minItems"),
            MaxItems = Count(node, "maxItems"),
        };
        if (Number(node, "exclusiveMaximum") is { } exclusive && !(type == PropertyType.Integer && exclusive == IntegerUpperBoundExclusive))
        {
            problems.Add(new ImportProblem(path, "uses exclusiveMaximum, which a contract cannot express (max is inclusive); use maximum."));
        }

        if (type == PropertyType.Integer && constraints.Min == NumberRules.MinInteger)
        {
            // The exporter writes the 64-bit range as bounds; they are the integer type itself, not a rule.
            constraints = constraints with { Min = null };
        }

        if (constraints.Format is { } format && !StringFormats.All.Contains(format))
        {
            problems.Add(new ImportProblem(path, $"uses format '{format}'; contracts support {string.Join(", ", StringFormats.All)}."));
        }

        return constraints.IsEmpty ? Contracts.Model.Constraints.None : constraints;
    }

    private static List<ScalarValue>? Enum(JsonElement node, bool nullable, string path, List<ImportProblem> problems)
    {
        if (!node.TryGetProperty("enum", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var values = new List<ScalarValue>();
        foreach (var element in list.EnumerateArray())
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    values.Add(ScalarValue.FromString(element.GetString()!));
                    break;
                case JsonValueKind.Number:
                    values.Add(element.TryGetInt64(out var integer) ? ScalarValue.FromInteger(integer) : ScalarValue.FromDouble(element.GetDouble()));
                    break;
                case JsonValueKind.True or JsonValueKind.False:
                    values.Add(ScalarValue.FromBoolean(element.ValueKind == JsonValueKind.True));
                    break;
                case JsonValueKind.Null:
                    values.Add(ScalarValue.Null);
                    break;
                default:
                    problems.Add(new ImportProblem(path, "has an enum value that is an array or object; contract enums hold scalars."));
                    return null;
            }
        }

        // An optional member's schema also admits null (null means absent): that null is not an enum value.
        if (nullable && values.Count > 0 && values[^1].Kind == ScalarKind.Null && values.Count(v => v.Kind == ScalarKind.Null) == 1)
        {
            values.RemoveAt(values.Count - 1);
        }

        return values;
    }

    private static string? String(JsonElement node, string key) =>
        node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement node, string key) =>
        node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static long? Count(JsonElement node, string key) =>
        node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) ? count : null;
}
