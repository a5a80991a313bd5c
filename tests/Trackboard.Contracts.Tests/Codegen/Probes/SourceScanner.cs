namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// A small lexer for generated source in the C family of syntaxes: finds comments and string literals and
/// checks that brackets balance outside them. Enough to tell a structurally broken file from a sound one
/// for targets without a compiler here (Swift, Dart), and a cheap second check for the others.
/// </summary>
internal sealed class SourceScanner
{
    private SourceScanner()
    {
    }

    /// <summary>The text of every <c>//</c> comment and of every line inside a <c>/* */</c> comment.</summary>
    public List<string> Comments { get; } = [];

    /// <summary>Every string literal as written, quotes included.</summary>
    public List<string> Strings { get; } = [];

    /// <summary>Problems found: unbalanced brackets, unterminated strings or comments, raw control characters.</summary>
    public List<string> Problems { get; } = [];

    public static SourceScanner Scan(string text, char quote)
    {
        var scanner = new SourceScanner();
        scanner.Run(text, quote);
        return scanner;
    }

    private void Run(string text, char quote)
    {
        var open = new Stack<(char Bracket, int Line)>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsControl(c) && c != '\n')
            {
                Problems.Add($"line {line}: raw control character U+{(int)c:X4}");
            }

            if (c == '\n')
            {
                line++;
                i++;
            }
            else if (c == '/' && At(text, i + 1) == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                Comments.Add(text[(i + 2)..end].TrimStart('/').Trim());
                i = end;
            }
            else if (c == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    Problems.Add($"line {line}: unterminated block comment");
                    return;
                }

                foreach (var commentLine in text[(i + 2)..end].Split('\n'))
                {
                    var content = commentLine.Trim().TrimStart('*').Trim();
                    if (content.Length > 0)
                    {
                        Comments.Add(content);
                    }
                }

                line += text[i..end].Count(ch => ch == '\n');
                i = end + 2;
            }
            else if (c == quote)
            {
                var start = i++;
                while (i < text.Length && text[i] != quote && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                if (i >= text.Length || text[i] != quote)
                {
                    Problems.Add($"line {line}: unterminated string literal");
                    return;
                }

                Strings.Add(text[start..(i + 1)]);
                i++;
            }
            else
            {
                if (c is '(' or '[' or '{')
                {
                    open.Push((c, line));
                }
                else if (c is ')' or ']' or '}')
                {
                    var expected = c switch { ')' => '(', ']' => '[', _ => '{' };
                    if (open.Count == 0 || open.Peek().Bracket != expected)
                    {
                        Problems.Add($"line {line}: '{c}' closes nothing open");
                        return;
                    }

                    open.Pop();
                }

                i++;
            }
        }

        foreach (var (bracket, at) in open)
        {
            Problems.Add($"line {at}: '{bracket}' is never closed");
        }
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';
}
