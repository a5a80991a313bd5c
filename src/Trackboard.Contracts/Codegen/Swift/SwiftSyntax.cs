using System.Globalization;
using System.Text;
using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Swift;

/// <summary>Swift type names, literals, wire conversions and doc comments.</summary>
internal static class SwiftSyntax
{
    public const string Map = "[String: Any]";

    public static string Type(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "String",
        TypeKind.Integer => "Int64",
        TypeKind.Float => "Double",
        TypeKind.Boolean => "Bool",
        TypeKind.Enum => type.Enum!.Name,
        TypeKind.Record => type.Record!.Name,
        TypeKind.AnyObject => Map,
        TypeKind.AnyArray => "[Any]",
        _ => "[" + Type(type.Item!) + "]",
    };

    /// <summary>
    /// A string literal: printable ASCII as is, everything else as <c>\u{…}</c> by Unicode scalar. A lone
    /// surrogate cannot exist in a Swift string; it becomes U+FFFD (the loader never produces one).
    /// </summary>
    public static string String(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            builder.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                >= ' ' and <= '~' => ((char)rune.Value).ToString(),
                _ => "\\u{" + rune.Value.ToString("X", CultureInfo.InvariantCulture) + "}",
            });
        }

        return builder.Append('"').ToString();
    }

    public static string Literal(ScalarValue value, TypeKind kind) => kind switch
    {
        TypeKind.String => String(value.Text!),
        TypeKind.Boolean => value.Boolean ? "true" : "false",
        TypeKind.Float => TypedLiterals.Double(value.Number),
        _ => TypedLiterals.Integer(value.Integer!.Value),
    };

    /// <summary>The expression that turns <paramref name="expression"/> into what the client receives.</summary>
    public static string Wire(string expression, TypeRef type, int depth = 0)
    {
        switch (type.Kind)
        {
            case TypeKind.Enum:
                return expression + "." + SwiftNaming.WireProperty;
            case TypeKind.Record:
                return expression + "." + SwiftNaming.PropertiesMethod + "()";
            case TypeKind.Array:
                var item = "item" + depth;
                var wire = Wire(item, type.Item!, depth + 1);
                return wire == item ? expression : $"{expression}.map {{ {item} in {wire} }}";
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
}
