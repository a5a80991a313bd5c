using System.Text.Json;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Loading;

/// <summary>Reads property lists, nested items and properties, and constraints.</summary>
internal sealed class PropertyReader(NodeReader reader)
{
    private static readonly HashSet<string> s_propertyKeys =
        ["name", "type", "required", "constraints", "description", "examples", "pii", "items", "properties"];

    private readonly SourceJson _json = new();

    /// <summary>Fills the example lists handed out while reading; call once after the last property.</summary>
    public void CompleteExamples() => _json.Complete();

    private static readonly HashSet<string> s_constraintKeys =
        ["enum_values", "enum", "min", "max", "min_length", "max_length", "pattern", "format", "min_items", "max_items"];

    /// <summary>
    /// Reads a property list. <paramref name="declared"/>, when given, receives every declared name,
    /// including those of properties with errors, so links to them are not reported as unknown too.
    /// </summary>
    public List<PropertyDefinition> ReadList(SourceNode node, string path, string what, HashSet<string>? declared = null)
    {
        var result = new List<PropertyDefinition>();
        if (node.Kind == SourceKind.Null)
        {
            return result;
        }

        if (node.Kind != SourceKind.Array)
        {
            reader.Error(ContractErrorCodes.InvalidField, path, node, $"{what} must be an array of properties, not {node.KindName}.");
            return result;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < node.Items!.Length; i++)
        {
            var itemPath = NodeReader.Index(path, i);
            var property = Read(node.Items[i], itemPath, named: true);
            if (NodeReader.NameNode(node.Items[i], "name") is { } nameNode)
            {
                var name = nameNode.Text!;
                declared?.Add(name);
                if (seen.TryGetValue(name, out var firstPath))
                {
                    reader.Error(ContractErrorCodes.DuplicateProperty, NodeReader.Child(itemPath, "name"), nameNode,
                        $"Property '{name}' is declared twice in {what} (first at {firstPath}); property names must be unique.");
                    continue;
                }

                seen.Add(name, itemPath);
            }

            if (property is not null)
            {
                result.Add(property);
            }
        }

        return result;
    }

    private PropertyDefinition? Read(SourceNode node, string path, bool named)
    {
        if (reader.Object(node, path, s_propertyKeys, named ? "a property" : "an items schema") is not { } members)
        {
            return null;
        }

        var ok = true;
        var name = "";
        if (named)
        {
            if (!members.TryGetValue("name", out var nameNode))
            {
                reader.Error(ContractErrorCodes.MissingField, path, node, "A property needs a 'name'.");
                ok = false;
            }
            else if (nameNode.Kind != SourceKind.String || nameNode.Text!.Length == 0)
            {
                reader.Error(ContractErrorCodes.InvalidField, NodeReader.Child(path, "name"), nameNode, "A property 'name' must be a non-empty string.");
                ok = false;
            }
            else
            {
                name = nameNode.Text;
            }
        }

        var type = ReadType(members, path, node);
        ok &= type is not null;
        var required = reader.OptionalBoolean(members, "required", path) ?? false;
        var pii = reader.OptionalBoolean(members, "pii", path) ?? false;
        var description = reader.OptionalString(members, "description", path);
        var examples = ReadExamples(members, path);
        var constraints = members.TryGetValue("constraints", out var constraintsNode) && type is { } t
            ? ReadConstraints(constraintsNode, NodeReader.Child(path, "constraints"), t)
            : Constraints.None;

        PropertyDefinition? items = null;
        if (members.TryGetValue("items", out var itemsNode) && itemsNode.Kind != SourceKind.Null)
        {
            if (type is not (PropertyType.Array or null))
            {
                reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, "items"), itemsNode,
                    $"'items' applies to array properties only; this property is {TypeRules.Name(type.Value)}.");
                ok = false;
            }
            else
            {
                items = Read(itemsNode, NodeReader.Child(path, "items"), named: false);
                ok &= items is not null;
            }
        }

        List<PropertyDefinition>? properties = null;
        if (members.TryGetValue("properties", out var propertiesNode) && propertiesNode.Kind != SourceKind.Null)
        {
            if (type is not (PropertyType.Object or null))
            {
                reader.Error(ContractErrorCodes.InvalidConstraint, NodeReader.Child(path, "properties"), propertiesNode,
                    $"'properties' applies to object properties only; this property is {TypeRules.Name(type.Value)}.");
                ok = false;
            }
            else
            {
                properties = ReadList(propertiesNode, NodeReader.Child(path, "properties"), "an object property");
            }
        }

        if (!ok || constraints is null)
        {
            return null;
        }

        return new PropertyDefinition
        {
            Name = name,
            Type = type!.Value,
            Required = required,
            Constraints = constraints,
            Description = description,
            Examples = examples,
            Pii = pii,
            Items = items,
            Properties = properties,
        };
    }

    private PropertyType? ReadType(MemberMap members, string path, SourceNode node)
    {
        if (!members.TryGetValue("type", out var typeNode))
        {
            reader.Error(ContractErrorCodes.InvalidPropertyType, path, node,
                "A property needs a 'type': string, integer, float, boolean, array or object.");
            return null;
        }

        PropertyType? type = typeNode.Kind == SourceKind.String ? typeNode.Text switch
        {
            "string" => PropertyType.String,
            "integer" => PropertyType.Integer,
            "float" or "number" => PropertyType.Float,
            "boolean" => PropertyType.Boolean,
            "array" => PropertyType.Array,
            "object" => PropertyType.Object,
            _ => null,
        } : null;
        if (type is null)
        {
            reader.Error(ContractErrorCodes.InvalidPropertyType, NodeReader.Child(path, "type"), typeNode,
                $"Unknown property type {NodeReader.Describe(typeNode)}; use string, integer, float, boolean, array or object.");
        }

        return type;
    }

    private List<JsonElement>? ReadExamples(MemberMap members, string path)
    {
        if (!members.TryGetValue("examples", out var node) || node.Kind == SourceKind.Null)
        {
            return null;
        }

        if (node.Kind != SourceKind.Array)
        {
            reader.Error(ContractErrorCodes.InvalidField, NodeReader.Child(path, "examples"), node, $"'examples' must be an array, not {node.KindName}.");
            return null;
        }

        return _json.Defer(node.Items!);
    }

    private Constraints? ReadConstraints(SourceNode node, string path, PropertyType type)
    {
        if (node.Kind == SourceKind.Null)
        {
            return Constraints.None;
        }

        if (reader.Object(node, path, s_constraintKeys, "constraints") is not { } members)
        {
            return null;
        }

        var errors = reader.ErrorCount;
        var constraintReader = new ConstraintReader(reader, members, path, type);
        var constraints = new Constraints
        {
            EnumValues = constraintReader.ReadEnum(),
            Min = constraintReader.ReadNumber("min"),
            Max = constraintReader.ReadNumber("max"),
            MinLength = constraintReader.ReadCount("min_length", PropertyType.String),
            MaxLength = constraintReader.ReadCount("max_length", PropertyType.String),
            Pattern = constraintReader.ReadPattern(),
            Format = constraintReader.ReadFormat(),
            MinItems = constraintReader.ReadCount("min_items", PropertyType.Array),
            MaxItems = constraintReader.ReadCount("max_items", PropertyType.Array),
        };
        constraintReader.CheckOrder(constraints);
        return reader.ErrorCount == errors ? constraints : null;
    }
}
