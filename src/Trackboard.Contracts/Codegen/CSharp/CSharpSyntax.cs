using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.CSharp;

/// <summary>C# type names, literals, wire conversions and doc comments.</summary>
internal static class CSharpSyntax
{
    public const string Map = "IReadOnlyDictionary<string, object?>";

    public static string Type(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Integer => "long",
        TypeKind.Float => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Enum => type.Enum!.Name,
        TypeKind.Record => type.Record!.Name,
        TypeKind.AnyObject => Map,
        TypeKind.AnyArray => "IReadOnlyList<object?>",
        _ => "IReadOnlyList<" + Type(type.Item!) + ">",
    };

    /// <summary>An enum member's wire value as a literal of the enum's JSON kind.</summary>
    public static string Literal(ScalarValue value, TypeKind kind) => kind switch
    {
        TypeKind.String => String(value.Text!),
        TypeKind.Boolean => value.Boolean ? "true" : "false",
        TypeKind.Float => TypedLiterals.Double(value.Number),
        _ => value.Integer is long.MinValue ? "long.MinValue" : TypedLiterals.Integer(value.Integer!.Value),
    };

    public static string String(string value) => "\"" + TypedLiterals.Escape(value, Named, TypedLiterals.Utf16Escape) + "\"";

    /// <summary>The expression that turns <paramref name="expression"/> into what the client receives.</summary>
    public static string Wire(string expression, TypeRef type, int depth = 0) => type.Kind switch
    {
        TypeKind.Enum => expression + "." + CSharpNaming.WireMethod + "()",
        TypeKind.Record => expression + "." + CSharpNaming.PropertiesMethod + "()",
        TypeKind.Array => $"{expression}.Select(item{depth} => (object?){Wire("item" + depth, type.Item!, depth + 1)}).ToList()",
        _ => expression,
    };

    public static void Doc(CodeWriter writer, IReadOnlyList<string> lines)
    {
        if (lines.Count == 1)
        {
            writer.Line("/// <summary>" + Xml(lines[0]) + "</summary>");
        }
        else if (lines.Count > 1)
        {
            writer.Line("/// <summary>");
            foreach (var line in lines)
            {
                writer.Line("/// " + Xml(line));
            }

            writer.Line("/// </summary>");
        }
    }

    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal);

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
