using System.Globalization;
using System.Text;

namespace Trackboard.Contracts.JsonSchema;

/// <summary>
/// Rewrites a <c>pattern</c> from the validator's dialect (.NET regular expressions) into the dialect of
/// JSON Schema (ECMA-262 with the <c>u</c> flag, as Ajv runs it) so that both match the same strings.
/// Only constructs whose meaning differs are rewritten (<c>$</c> needs none: the validator reads it as the end
/// of the string, as ECMA-262 does): <c>\Z</c> also matches before a final newline in .NET; <c>\d</c>, <c>\w</c>, <c>\s</c> and <c>\b</c> are Unicode-aware in .NET and ASCII in
/// ECMA-262; <c>.</c> excludes only <c>\n</c> in .NET; <c>\A</c>, <c>\z</c>, <c>\e</c>, <c>\a</c>, lone
/// braces and identity escapes of non-syntax characters do not exist (or are errors) in ECMA-262's
/// <c>u</c> mode. Constructs ECMA-262 lacks (inline options, atomic groups, class subtraction, <c>\G</c>)
/// are copied unchanged. Matching astral characters still differs: .NET matches UTF-16 code units.
/// </summary>
internal static class PatternTranslator
{
    // .NET's \w is [\p{L}\p{Mn}\p{Nd}\p{Pc}]; \b also treats ZWNJ and ZWJ as word characters.
    private const string WordChars = @"\p{L}\p{Mn}\p{Nd}\p{Pc}";
    private const string BoundaryChars = WordChars + @"\u200C\u200D";
    private const string SpaceChars = @"\f\n\r\t\v\x85\p{Z}";
    private const string EndOrBeforeFinalNewline = @"(?=\n?$)";
    private const string SyntaxCharacters = @"^$\.*+?()[]{}|/";

    public static string ToEcmaScript(string pattern)
    {
        var output = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                i = Escape(pattern, i + 1, inClass, output);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                output.Append(c);
                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    output.Append('[');
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        output.Append('^');
                        i++;
                    }

                    // A ']' right after the opening bracket is a literal in .NET, an empty class in ECMA-262.
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        output.Append(@"\]");
                        i++;
                    }

                    break;
                case '$':
                    // The validator already reads '$' as the end of the string (PatternRules.ToDotNet).
                    output.Append('$');
                    break;
                case '.':
                    output.Append(@"[^\n]");
                    break;
                case '{' when QuantifierLength(pattern, i) is var length and > 0:
                    output.Append(pattern, i, length);
                    i += length - 1;
                    break;
                case '{' or '}' or ']':
                    output.Append('\\').Append(c);
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }

    // Translates the escape whose letter is at `at`; returns the index of its last character.
    private static int Escape(string pattern, int at, bool inClass, StringBuilder output)
    {
        var letter = pattern[at];
        switch (letter)
        {
            case 'd':
                output.Append(@"\p{Nd}");
                return at;
            case 'D':
                output.Append(@"\P{Nd}");
                return at;
            case 'w':
                output.Append(inClass ? WordChars : "[" + WordChars + "]");
                return at;
            case 's':
                output.Append(inClass ? SpaceChars : "[" + SpaceChars + "]");
                return at;
            case 'W' when !inClass:
                output.Append("[^" + WordChars + "]");
                return at;
            case 'S' when !inClass:
                output.Append("[^" + SpaceChars + "]");
                return at;
            case 'b' when !inClass:
                output.Append($"(?:(?<=[{BoundaryChars}])(?![{BoundaryChars}])|(?<![{BoundaryChars}])(?=[{BoundaryChars}]))");
                return at;
            case 'B' when !inClass:
                output.Append($"(?:(?<=[{BoundaryChars}])(?=[{BoundaryChars}])|(?<![{BoundaryChars}])(?![{BoundaryChars}]))");
                return at;
            case 'A' when !inClass:
                output.Append('^');
                return at;
            case 'z' when !inClass:
                output.Append('$');
                return at;
            case 'Z' when !inClass:
                output.Append(EndOrBeforeFinalNewline);
                return at;
            case 'e':
                output.Append(@"\x1B");
                return at;
            case 'a':
                output.Append(@"\x07");
                return at;
            case 'p' or 'P' or 'k' when at + 1 < pattern.Length && pattern[at + 1] is '{' or '<':
                var close = pattern.IndexOf(pattern[at + 1] == '{' ? '}' : '>', at + 1);
                var end = close < 0 ? pattern.Length - 1 : close;
                output.Append('\\').Append(pattern, at, end - at + 1);
                return end;
            case '-' when inClass:
                output.Append(@"\-");
                return at;
            default:
                if (char.IsAsciiLetterOrDigit(letter) || SyntaxCharacters.Contains(letter, StringComparison.Ordinal))
                {
                    output.Append('\\').Append(letter);
                }
                else
                {
                    // .NET lets any other character be escaped; ECMA-262's u mode does not.
                    output.Append(@"\u").Append(((int)letter).ToString("X4", CultureInfo.InvariantCulture));
                }

                return at;
        }
    }

    // The length of a {n}, {n,} or {n,m} quantifier starting at `at`, or 0 when the brace is a literal.
    private static int QuantifierLength(string pattern, int at)
    {
        var i = at + 1;
        var digits = 0;
        while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
        {
            i++;
            digits++;
        }

        if (digits == 0)
        {
            return 0;
        }

        if (i < pattern.Length && pattern[i] == ',')
        {
            i++;
            while (i < pattern.Length && char.IsAsciiDigit(pattern[i]))
            {
                i++;
            }
        }

        return i < pattern.Length && pattern[i] == '}' ? i - at + 1 : 0;
    }
}
