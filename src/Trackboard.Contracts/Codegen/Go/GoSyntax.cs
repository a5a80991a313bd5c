using System.Globalization;
using System.Text;
using Trackboard.Contracts.Codegen.Shapes;

namespace Trackboard.Contracts.Codegen.Go;

/// <summary>Go identifiers, string literals, struct tags and doc comments.</summary>
internal static class GoSyntax
{
    /// <summary>Keywords and predeclared identifiers; exported names start with a letter, so a leading digit gets <c>X</c>.</summary>
    public static TargetNaming Naming { get; } = new("go", new HashSet<string>(StringComparer.Ordinal)
    {
        "break", "case", "chan", "const", "continue", "default", "defer", "else", "fallthrough", "for", "func", "go", "goto", "if",
        "import", "interface", "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
        "any", "bool", "byte", "comparable", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16",
        "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "true", "false", "iota",
        "nil", "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic", "print", "println",
        "real", "recover",
    }, w => w + "_", LeadingDigitPrefix: "X");

    /// <summary>An interpreted string literal; text that is not valid UTF-16 keeps its WTF-8 bytes as <c>\x</c> escapes.</summary>
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
                    if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])))
                    {
                        builder.Append("\\x").Append((0xE0 | (c >> 12)).ToString("x2", CultureInfo.InvariantCulture))
                            .Append("\\x").Append((0x80 | ((c >> 6) & 0x3F)).ToString("x2", CultureInfo.InvariantCulture))
                            .Append("\\x").Append((0x80 | (c & 0x3F)).ToString("x2", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\ufeff')
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

    /// <summary>
    /// The struct tag for a key, or null when encoding/json cannot spell the key in a tag (quotes, commas,
    /// backslashes, symbols); marshaling never depends on tags, since every struct writes its keys itself.
    /// </summary>
    public static string? JsonTag(string key, bool optional)
    {
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var rune in key.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune) && !Rune.IsDigit(rune) && !(rune.IsAscii && "!#$%&()*+-./:;<=>?@[]^_{|}~ ".Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return "`json:\"" + key + (optional ? ",omitempty" : "") + "\"`";
    }

    /// <summary>Writes <c>// line</c> comments, a <c>//</c> line between paragraphs, each ending with punctuation.</summary>
    public static void Comment(CodeWriter writer, IReadOnlyList<string> paragraphs)
    {
        var first = true;
        foreach (var paragraph in paragraphs.Where(p => p.Length > 0))
        {
            if (!first)
            {
                writer.Line("//");
            }

            // gofmt (Go 1.19+) turns a one-line paragraph without final punctuation into a "# heading".
            writer.Line("// " + paragraph + (paragraph[^1] is '.' or '!' or '?' or ':' ? "" : "."));
            first = false;
        }
    }
}
