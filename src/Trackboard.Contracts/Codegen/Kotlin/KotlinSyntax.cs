using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Kotlin;

/// <summary>Kotlin type names, literals, wire conversions and KDoc. Nothing newer than Kotlin 1.3.</summary>
internal static class KotlinSyntax
{
    public const string Map = "Map<String, Any?>";

    public static string Type(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Integer => "Long",
        TypeKind.Float => "Double",
        TypeKind.Boolean => "Boolean",
        TypeKind.Enum => type.Enum!.Name,
        TypeKind.Record => type.Record!.Name,
        TypeKind.AnyObject => Map,
        TypeKind.AnyArray => "List<Any?>",
        _ => "List<" + Type(type.Item!) + ">",
    };

    /// <summary>A string literal; <c>$</c> is escaped so no value turns into a template.</summary>
    public static string String(string value) => "\"" + TypedLiterals.Escape(value, Named, TypedLiterals.Utf16Escape) + "\"";

    public static string Literal(ScalarValue value, TypeKind kind) => kind switch
    {
        TypeKind.String => String(value.Text!),
        TypeKind.Boolean => value.Boolean ? "true" : "false",
        TypeKind.Float => TypedLiterals.Double(value.Number),
        // Kotlin has no literal for -2^63: 9223372036854775808L is out of range before the minus applies.
        _ => value.Integer is long.MinValue ? "Long.MIN_VALUE" : TypedLiterals.Integer(value.Integer!.Value) + "L",
    };

    /// <summary>The expression that turns <paramref name="expression"/> into what the client receives.</summary>
    public static string Wire(string expression, TypeRef type, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return expression + "." + KotlinNaming.WireProperty;
            case TypeKind.Record:
                return expression + "." + KotlinNaming.PropertiesMethod + "()";
            case TypeKind.Array:
                var item = "item" + depth;
                var wire = Wire(item, type.Item!, depth + 1);
                return wire == item ? expression : $"{expression}.map {{ {item} -> {wire} }}";
            default:
                return expression;
        }
    }

    public static void Doc(CodeWriter writer, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 1)
        {
            writer.Line("/** " + list[0] + " */");
        }
        else if (list.Count > 1)
        {
            writer.Line("/**");
            foreach (var line in list)
            {
                writer.Line(" * " + line);
            }

            writer.Line(" */");
        }
    }

    private static string? Named(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '$' => "\\$",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        _ => null,
    };
}
