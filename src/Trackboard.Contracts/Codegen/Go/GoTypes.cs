using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Go;

/// <summary>
/// Go types for properties: int64 and float64 kept apart, string/int/float enums as named types with
/// constants, closed objects as structs, optional scalars and structs as pointers (nil = absent), and the
/// expressions that turn a typed value into what the client receives.
/// </summary>
internal sealed class GoTypes
{
    private readonly ContractShape _shape;
    private readonly Dictionary<string, GoEnum> _enums = new(StringComparer.Ordinal);
    private readonly List<GoEnum> _ordered = [];

    public GoTypes(ContractShape shape)
    {
        _shape = shape;
        foreach (var call in shape.Calls)
        {
            NameEnums(call.Path, call.Properties);
        }

        foreach (var e in shape.Events)
        {
            NameEnums(e.Path, e.Properties);
        }
    }

    public IReadOnlyList<GoEnum> Enums => _ordered;

    public string TypeOf(PropertyDefinition property, string path)
    {
        if (_enums.TryGetValue(path, out var named))
        {
            return named.TypeName;
        }

        return property.Type switch
        {
            PropertyType.String => "string",
            PropertyType.Integer => "int64",
            PropertyType.Float => "float64",
            PropertyType.Boolean => "bool",
            PropertyType.Array => "[]" + (property.Items is { } items ? TypeOf(items, ShapePaths.Items(path)) : "any"),
            _ => ContractShape.IsClosedObject(property) ? _shape.ObjectTypeName(path) : "map[string]any",
        };
    }

    /// <summary>A field's type: optional scalars and structs are pointers; slices and maps use nil for absent.</summary>
    public string FieldType(PropertyDefinition property, string path)
    {
        var type = TypeOf(property, path);
        return property.Required || type.StartsWith("[]", StringComparison.Ordinal) || type.StartsWith("map[", StringComparison.Ordinal)
            ? type : "*" + type;
    }

    /// <summary>True when the client cannot take the value as it is (structs, and slices that hold them).</summary>
    public static bool NeedsConversion(PropertyDefinition property) =>
        ContractShape.IsClosedObject(property) || (property is { Type: PropertyType.Array, Items: { } items } && NeedsConversion(items));

    /// <summary>
    /// The expression (possibly several lines, indented with tabs relative to the first) that converts
    /// <paramref name="expression"/> of the property's type into a map or slice of maps.
    /// </summary>
    public string Convert(string expression, PropertyDefinition property, string path)
    {
        if (ContractShape.IsClosedObject(property))
        {
            return expression + ".toMap()";
        }

        if (property is { Type: PropertyType.Array, Items: { } items } && NeedsConversion(items))
        {
            var itemsPath = ShapePaths.Items(path);
            var inner = Convert("item", items, itemsPath).Replace("\n", "\n\t\t", StringComparison.Ordinal);
            return $"func(items {TypeOf(property, path)}) []any {{\n\tout := make([]any, len(items))\n\tfor i, item := range items {{\n\t\tout[i] = {inner}\n\t}}\n\treturn out\n}}({expression})";
        }

        return expression;
    }

    private void NameEnums(string parentPath, IReadOnlyList<PropertyDefinition> properties)
    {
        foreach (var property in SharedFacts.ByName(properties))
        {
            NameEnum(ShapePaths.Child(parentPath, property.Name), property, isItem: false);
        }
    }

    private void NameEnum(string path, PropertyDefinition property, bool isItem)
    {
        if (ContractShape.IsClosedObject(property))
        {
            NameEnums(path, property.Properties!);
            return;
        }

        if (property is { Type: PropertyType.Array, Items: { } items })
        {
            NameEnum(ShapePaths.Items(path), items, isItem: true);
            return;
        }

        if (property.Type == PropertyType.Boolean || EnumShapes.Usable(property) is not { } values)
        {
            return;
        }

        var typeName = _shape.Scope.Get(path, isItem ? ShapeCasing.ItemType : ShapeCasing.EnumType);
        var constants = new List<(string, ScalarValue)>();
        foreach (var value in values)
        {
            // A string value without letters or digits is spelled out ("-" → minus); its own text stays its name in errors.
            var source = path + "=" + (value.Kind == ScalarKind.String ? value.Text! : NumberWords(EnumShapes.NumberText(value)));
            var words = value.Kind == ScalarKind.String ? path + "=" + NameWords.SpellEnumValue(value.Text!) : null;
            constants.Add((_shape.Scope.Get(source, ShapeCasing.EnumConstant, words), value));
        }

        var baseType = property.Type switch
        {
            PropertyType.String => "string",
            PropertyType.Integer => "int64",
            _ => "float64",
        };
        var goEnum = new GoEnum(typeName, path, baseType, constants);
        _enums[path] = goEnum;
        _ordered.Add(goEnum);
    }

    // -1.5e-7 reads "minus 1 point 5 e minus 7", so no two numbers share a constant name.
    private static string NumberWords(string number) => number
        .Replace("-", " minus ", StringComparison.Ordinal)
        .Replace(".", " point ", StringComparison.Ordinal)
        .Replace("+", " ", StringComparison.Ordinal)
        .Replace("e", " e ", StringComparison.Ordinal);
}
