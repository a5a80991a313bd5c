using System.Globalization;
using System.Text;
using Trackboard.Contracts.Codegen.Shapes;

namespace Trackboard.Contracts.Codegen.TypeScript;

/// <summary>TypeScript (and JavaScript) identifiers, string literals, property keys and doc comments.</summary>
internal static class TypeScriptSyntax
{
    /// <summary>ECMAScript reserved words (strict mode included) and TypeScript's reserved type names.</summary>
    public static TargetNaming Naming(string target) => new(target, new HashSet<string>(StringComparer.Ordinal)
    {
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return",
        "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield", "let", "static",
        "implements", "interface", "package", "private", "protected", "public", "arguments", "eval", "undefined", "NaN", "Infinity",
        "any", "unknown", "never", "string", "number", "boolean", "symbol", "object", "bigint", "type", "as", "is", "keyof",
        "Object", "String", "Number", "Boolean", "Symbol", "Array", "Record", "Promise", "Function", "Date", "Error", "Map", "Set",
    }, w => w + "_");

    /// <summary>
    /// A double-quoted string literal. <paramref name="insideComment"/> also escapes <c>*</c>, <c>/</c>, <c>@</c>, braces
    /// and backticks so the literal can sit inside a JSDoc type without ending the comment or starting a tag.
    /// </summary>
    public static string Quote(string value, bool insideComment = false)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    var lone = char.IsHighSurrogate(c) ? !(i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        : char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(value[i - 1]));
                    var commentUnsafe = insideComment && c is '*' or '/' or '@' or '{' or '}' or '`';
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || lone || commentUnsafe)
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A property key: bare when it is an ASCII identifier name, quoted otherwise.</summary>
    public static string Key(string name, bool insideComment = false) => IsIdentifierName(name) ? name : Quote(name, insideComment);

    /// <summary>Writes a <c>/** … */</c> block; nothing when there are no lines.</summary>
    public static void DocComment(CodeWriter writer, IReadOnlyList<string> lines)
    {
        var kept = lines.Where(l => l.Length > 0).ToList();
        if (kept.Count == 1)
        {
            writer.Line("/** " + kept[0] + " */");
        }
        else if (kept.Count > 1)
        {
            writer.Line("/**");
            foreach (var line in kept)
            {
                writer.Line(" * " + line);
            }

            writer.Line(" */");
        }
    }

    private static bool IsIdentifierName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$');
}
