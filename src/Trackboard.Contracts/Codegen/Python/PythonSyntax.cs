using System.Globalization;
using System.Text;

namespace Trackboard.Contracts.Codegen.Python;

/// <summary>Python identifiers, string literals and docstrings.</summary>
internal static class PythonSyntax
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
        "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>Keywords and the builtins a module-level name must not shadow.</summary>
    public static TargetNaming Naming { get; } = new("python", new HashSet<string>(s_keywords.Concat(
    [
        "bool", "int", "float", "str", "list", "dict", "object", "type", "len", "print", "id", "input", "range", "map", "filter",
    ]), StringComparer.Ordinal), w => w + "_");

    /// <summary>True when a key can be a field in TypedDict class syntax (an ASCII identifier, no keyword, no name mangling).</summary>
    public static bool IsFieldName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !s_keywords.Contains(name) && !name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>A double-quoted string literal.</summary>
    public static string Quote(string value)
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
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || lone)
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

    /// <summary>Writes a docstring (sanitized lines, so no <c>"""</c> and no backslash inside).</summary>
    public static void Docstring(Shapes.CodeWriter writer, IReadOnlyList<string> lines)
    {
        var kept = lines.Where(l => l.Length > 0).ToList();
        if (kept.Count == 0)
        {
            return;
        }

        if (kept.Count == 1)
        {
            writer.Line("\"\"\"" + Closable(kept[0]) + "\"\"\"");
            return;
        }

        writer.Line("\"\"\"" + kept[0]).Line();
        foreach (var line in kept.Skip(1))
        {
            writer.Line(line);
        }

        writer.Line("\"\"\"");
    }

    /// <summary>Writes <c># line</c> comments.</summary>
    public static void Comment(Shapes.CodeWriter writer, string line)
    {
        if (line.Length > 0)
        {
            writer.Line("# " + line);
        }
    }

    // A docstring whose text ends with a quote would run into the closing quotes.
    private static string Closable(string text) => text.EndsWith('"') ? text + " " : text;
}
