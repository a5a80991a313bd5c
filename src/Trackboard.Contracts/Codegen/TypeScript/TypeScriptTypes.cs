using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.TypeScript;

/// <summary>
/// TypeScript type expressions for properties, shared with the JavaScript target (whose JSDoc types are
/// TypeScript syntax inside comments). Enums become literal unions of their JSON kind; integers and
/// floats are both <c>number</c> (the doc comment says "integer").
/// </summary>
internal sealed class TypeScriptTypes(ContractShape shape, bool insideComment)
{
    /// <summary>The type of a map with any keys, for objects without declared properties.</summary>
    public const string OpenObject = "{ readonly [key: string]: unknown }";

    /// <summary>The type of an object declared with no properties: only <c>{}</c> fits.</summary>
    public const string EmptyObject = "{ readonly [key: string]: never }";

    public string TypeOf(PropertyDefinition property, string path)
    {
        if (EnumShapes.Usable(property) is { } values)
        {
            return values.Count == 0 ? "never" : string.Join(" | ", values.Select(Literal));
        }

        return property.Type switch
        {
            PropertyType.String => "string",
            PropertyType.Integer or PropertyType.Float => "number",
            PropertyType.Boolean => "boolean",
            PropertyType.Array => property.Items is { } items ? "Array<" + TypeOf(items, ShapePaths.Items(path)) + ">" : "Array<unknown>",
            _ => ContractShape.IsClosedObject(property) ? shape.ObjectTypeName(path) : OpenObject,
        };
    }

    /// <summary>One member line: <c>key?: type;</c> (TypeScript) or <c>key?: type,</c> (JSDoc type literal).</summary>
    public string Member(PropertyDefinition property, string parentPath, char terminator) =>
        TypeScriptSyntax.Key(property.Name, insideComment) + (property.Required ? ": " : "?: ")
        + TypeOf(property, ShapePaths.Child(parentPath, property.Name)) + terminator;

    private string Literal(ScalarValue value) => value.Kind switch
    {
        ScalarKind.String => TypeScriptSyntax.Quote(value.Text!, insideComment),
        ScalarKind.Boolean => value.Boolean ? "true" : "false",
        _ => EnumShapes.NumberText(value),
    };
}
