using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Java;

/// <summary>Java type names, literals, wire conversions and Javadoc.</summary>
internal static class JavaSyntax
{
    public const string Map = "Map<String, Object>";

    /// <summary>The type of a field: primitives when required and scalar, boxed otherwise.</summary>
    public static string Type(TypeRef type, bool required) => type.Kind switch
    {
        TypeKind.Integer => required ? "long" : "Long",
        TypeKind.Float => required ? "double" : "Double",
        TypeKind.Boolean => required ? "boolean" : "Boolean",
        _ => Boxed(type),
    };

    public static bool IsPrimitive(TypeRef type, bool required) => required && type.Kind is TypeKind.Integer or TypeKind.Float or TypeKind.Boolean;

    public static string Boxed(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Integer => "Long",
        TypeKind.Float => "Double",
        TypeKind.Boolean => "Boolean",
        TypeKind.Enum => type.Enum!.Name,
        TypeKind.Record => type.Record!.Name,
        TypeKind.AnyObject => Map,
        TypeKind.AnyArray => "List<Object>",
        _ => "List<" + Boxed(type.Item!) + ">",
    };

    public static bool UsesList(TypeRef type) => type.Kind is TypeKind.Array or TypeKind.AnyArray;

    /// <summary>
    /// A string literal. Line breaks, quotes and backslashes use their short escapes: javac turns <c>\u000a</c>
    /// into a real line break before it reads the literal, so those four never go through <c>\uXXXX</c>.
    /// </summary>
    public static string String(string value) => "\"" + TypedLiterals.Escape(value, Named, TypedLiterals.Utf16Escape) + "\"";

    public static string Literal(ScalarValue value, TypeKind kind) => kind switch
    {
        TypeKind.String => String(value.Text!),
        TypeKind.Boolean => value.Boolean ? "true" : "false",
        TypeKind.Float => TypedLiterals.Double(value.Number),
        _ => TypedLiterals.Integer(value.Integer!.Value) + "L",
    };

    /// <summary>The expression that turns <paramref name="expression"/> into what the client receives.</summary>
    public static string Wire(string expression, TypeRef type, int depth = 0) => type.Kind switch
    {
        TypeKind.Enum => expression + "." + JavaNaming.WireMethod + "()",
        TypeKind.Record => expression + "." + JavaNaming.PropertiesMethod + "()",
        TypeKind.Array => $"{expression}.stream().map(item{depth} -> (Object) {Wire("item" + depth, type.Item!, depth + 1)}).toList()",
        _ => expression,
    };

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
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        _ => null,
    };
}
