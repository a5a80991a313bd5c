using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Dart;

/// <summary>Dart type names, literals, wire conversions and doc comments (null-safe Dart, 2.17 or later).</summary>
internal static class DartSyntax
{
    public const string Map = "Map<String, Object?>";

    public static string Type(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Integer => "int",
        TypeKind.Float => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Enum => type.Enum!.Name,
        TypeKind.Record => type.Record!.Name,
        TypeKind.AnyObject => Map,
        TypeKind.AnyArray => "List<Object?>",
        _ => "List<" + Type(type.Item!) + ">",
    };

    /// <summary>A single-quoted literal; <c>$</c> is escaped so no value turns into an interpolation.</summary>
    public static string String(string value) => "'" + TypedLiterals.Escape(value, Named, TypedLiterals.Utf16Escape) + "'";

    public static string Literal(ScalarValue value, TypeKind kind) => kind switch
    {
        TypeKind.String => String(value.Text!),
        TypeKind.Boolean => value.Boolean ? "true" : "false",
        TypeKind.Float => TypedLiterals.Double(value.Number),
        // 9223372036854775808 is out of range before the minus applies.
        _ => value.Integer is long.MinValue ? "-9223372036854775807 - 1" : TypedLiterals.Integer(value.Integer!.Value),
    };

    /// <summary>The expression that turns <paramref name="expression"/> into what the client receives.</summary>
    public static string Wire(string expression, TypeRef type, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return expression + "." + DartNaming.WireField;
            case TypeKind.Record:
                return expression + "." + DartNaming.PropertiesMethod + "()";
            case TypeKind.Array:
                var item = "item" + depth;
                var wire = Wire(item, type.Item!, depth + 1);
                return wire == item ? expression : $"{expression}.map(({item}) => {wire}).toList()";
            default:
                return expression;
        }
    }

    public static void Doc(CodeWriter writer, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            writer.Line("/// " + line);
        }
    }

    private static string? Named(char c) => c switch
    {
        '\'' => "\\'",
        '\\' => "\\\\",
        '$' => "\\$",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        '\b' => "\\b",
        '\f' => "\\f",
        '\v' => "\\v",
        _ => null,
    };
}
