namespace Trackboard.Cli.Status;

/// <summary>
/// Finds calls of known helper names in source text: an identifier followed by <c>(</c>, outside comments and
/// string literals (code inside template and f-string holes counts). An identifier directly after another
/// identifier that is not an expression keyword is a declaration (<c>function trackX(</c>, <c>def track_x(</c>,
/// <c>void trackX(</c>), not a call.
/// </summary>
internal sealed class CallSiteTokenizer
{
    // Words after which a call can start; any other identifier before a name makes it a declaration. JavaScript's
    // `void` operator is left out: in Java and C-like code `void trackX(` declares a method.
    private static readonly HashSet<string> s_expressionKeywords = new(StringComparer.Ordinal)
    {
        "return", "await", "yield", "typeof", "delete", "throw", "case", "else", "do", "in", "of", "instanceof",
        "default", "if", "elif", "while", "not", "and", "or", "is", "assert", "from", "go", "defer", "range", "try", "when",
    };

    private readonly string _text;
    private readonly LexicalRules _rules;
    private readonly IReadOnlySet<string> _helpers;
    private readonly List<(string Name, int Offset)> _calls = [];
    private int _position;
    private string? _previous;

    private CallSiteTokenizer(string text, LexicalRules rules, IReadOnlySet<string> helpers)
    {
        _text = text;
        _rules = rules;
        _helpers = helpers;
    }

    /// <summary>Each call of a name in <paramref name="helpers"/>: the name and the offset where it starts.</summary>
    public static IReadOnlyList<(string Name, int Offset)> FindCalls(string text, LexicalRules rules, IReadOnlySet<string> helpers)
    {
        var tokenizer = new CallSiteTokenizer(text, rules, helpers);
        tokenizer.ScanCode(closeOnBrace: false);
        return tokenizer._calls;
    }

    // Scans code to the end, or (in a hole) to the brace that closes it.
    private void ScanCode(bool closeOnBrace)
    {
        var depth = 0;
        while (_position < _text.Length)
        {
            if (SkipTrivia())
            {
                continue;
            }

            var c = _text[_position];
            if (IsIdentifierStart(c))
            {
                ReadIdentifier();
            }
            else if (char.IsAsciiDigit(c))
            {
                while (_position < _text.Length && (char.IsAsciiLetterOrDigit(_text[_position]) || _text[_position] is '_' or '.'))
                {
                    _position++;
                }

                _previous = "0";
            }
            else if (!TrySkipString(prefix: ""))
            {
                if (closeOnBrace && c == '{')
                {
                    depth++;
                }
                else if (closeOnBrace && c == '}' && depth-- == 0)
                {
                    _position++;
                    return;
                }

                _previous = c.ToString();
                _position++;
            }
            else
            {
                _previous = "\"";
            }
        }
    }

    private void ReadIdentifier()
    {
        var start = _position;
        while (_position < _text.Length && IsIdentifierPart(_text[_position]))
        {
            _position++;
        }

        var name = _text[start.._position];
        if (_rules.PythonPrefixes && name.Length <= 2 && name.All(ch => "rRbBuUfF".Contains(ch, StringComparison.Ordinal))
            && _position < _text.Length && _text[_position] is '"' or '\'')
        {
            TrySkipString(name);
            _previous = "\"";
            return;
        }

        if (_helpers.Contains(name) && NextSignificant() == '(' && !IsDeclarationKeyword(_previous))
        {
            _calls.Add((name, start));
        }

        _previous = name;
    }

    private static bool IsDeclarationKeyword(string? previous) =>
        previous is { Length: > 0 } && IsIdentifierStart(previous[0]) && !s_expressionKeywords.Contains(previous);

    private char NextSignificant()
    {
        var saved = _position;
        while (SkipTrivia())
        {
        }

        var next = _position < _text.Length ? _text[_position] : '\0';
        _position = saved;
        return next;
    }

    // Skips one whitespace character or comment at the position; false when there is none (or at the end).
    private bool SkipTrivia()
    {
        if (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
            return true;
        }

        return _position < _text.Length && SkipComment();
    }

    // Skips a comment at the position, if one starts there.
    private bool SkipComment()
    {
        if (_rules.HashComments && At("#") || _rules.SlashComments && At("//"))
        {
            var end = _text.IndexOf('\n', _position);
            _position = end < 0 ? _text.Length : end;
            return true;
        }

        if (!_rules.SlashComments || !At("/*"))
        {
            return false;
        }

        var depth = 0;
        while (_position < _text.Length)
        {
            if (At("/*") && (depth == 0 || _rules.NestedBlockComments))
            {
                depth++;
                _position += 2;
            }
            else if (At("*/"))
            {
                _position += 2;
                if (--depth == 0)
                {
                    return true;
                }
            }
            else
            {
                _position++;
            }
        }

        return true;
    }

    // Skips a string literal at the position (after a Python prefix, already consumed), if one starts there.
    private bool TrySkipString(string prefix)
    {
        var quote = _text[_position];
        var raw = false;
        var holes = false;
        switch (quote)
        {
            case '"':
                holes = _rules.DollarBraceHoles || prefix.Contains('f', StringComparison.OrdinalIgnoreCase);
                break;
            case '\'' when _rules.SingleQuotes:
                holes = prefix.Contains('f', StringComparison.OrdinalIgnoreCase);
                break;
            case '`' when _rules.TemplateLiterals:
                holes = true;
                break;
            case '`' when _rules.RawBackticks:
                raw = true;
                break;
            default:
                return false;
        }

        var delimiter = quote.ToString();
        if (_rules.TripleQuotes && quote != '`' && At(new string(quote, 3)))
        {
            delimiter = new string(quote, 3);
            raw = _rules.RawTripleQuotes;
        }

        _position += delimiter.Length;
        var multiline = delimiter.Length == 3 || quote == '`';
        while (_position < _text.Length)
        {
            var c = _text[_position];
            if (c == '\\' && !raw)
            {
                _position += 2;
            }
            else if (At(delimiter))
            {
                _position += delimiter.Length;
                return true;
            }
            else if (c == '\n' && !multiline)
            {
                return true;
            }
            else if (holes && _rules.PythonPrefixes && At("{{"))
            {
                _position += 2;
            }
            else if (holes && IsHoleStart())
            {
                ScanCode(closeOnBrace: true);
            }
            else
            {
                _position++;
            }
        }

        return true;
    }

    // `${` (templates) or `{` (f-strings, after `{{` was taken as a literal brace); moves past the opening.
    private bool IsHoleStart()
    {
        var opening = _rules.PythonPrefixes ? "{" : "${";
        if (!At(opening))
        {
            return false;
        }

        _position += opening.Length;
        return true;
    }

    private bool At(string token) =>
        _position + token.Length <= _text.Length && string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';
}
