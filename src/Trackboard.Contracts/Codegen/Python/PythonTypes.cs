using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Python;

/// <summary>
/// Python type expressions. Enums become <c>Literal[...]</c> of their JSON kind (integers stay <c>int</c>);
/// float enums with fractions stay <c>float</c> because Python has no float literal types. Records which
/// typing names the module uses so it imports only those.
/// </summary>
internal sealed class PythonTypes(ContractShape shape)
{
    public bool UsesLiteral { get; private set; }

    public bool UsesNever { get; private set; }

    public bool UsesNotRequired { get; private set; }

    public string TypeOf(PropertyDefinition property, string path)
    {
        if (EnumShapes.Usable(property) is { } values && (property.Type != PropertyType.Float || values.All(v => v.Integer is not null)))
        {
            if (values.Count == 0)
            {
                UsesNever = true;
                return "Never";
            }

            UsesLiteral = true;
            return "Literal[" + string.Join(", ", values.Select(Literal)) + "]";
        }

        return property.Type switch
        {
            PropertyType.String => "str",
            PropertyType.Integer => "int",
            PropertyType.Float => "float",
            PropertyType.Boolean => "bool",
            PropertyType.Array => "list[" + (property.Items is { } items ? TypeOf(items, ShapePaths.Items(path)) : "object") + "]",
            _ => ContractShape.IsClosedObject(property) ? shape.ObjectTypeName(path) : "Mapping[str, object]",
        };
    }

    /// <summary>The field's annotation: the type, wrapped in <c>NotRequired[...]</c> when optional.</summary>
    public string FieldType(PropertyDefinition property, string parentPath)
    {
        var type = TypeOf(property, ShapePaths.Child(parentPath, property.Name));
        if (property.Required)
        {
            return type;
        }

        UsesNotRequired = true;
        return "NotRequired[" + type + "]";
    }

    /// <summary>The doc line of a field, with the allowed values of a float enum Python cannot type.</summary>
    public static string FieldDoc(PropertyDefinition property)
    {
        var line = ShapeDocs.PropertyLine(property);
        if (property.Type == PropertyType.Float && EnumShapes.Usable(property) is { } values && values.Any(v => v.Integer is null))
        {
            line = DocText.Sanitize(line + " One of: " + string.Join(", ", values.Select(EnumShapes.NumberText)) + ".");
        }

        return line;
    }

    private static string Literal(ScalarValue value) => value.Kind switch
    {
        ScalarKind.String => PythonSyntax.Quote(value.Text!),
        ScalarKind.Boolean => value.Boolean ? "True" : "False",
        _ => EnumShapes.NumberText(value),
    };
}
