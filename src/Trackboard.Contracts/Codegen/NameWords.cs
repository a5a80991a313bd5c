namespace Trackboard.Contracts.Codegen;

/// <summary>Splits contract names into words and joins them in each casing; every target's naming builds on it.</summary>
public static class NameWords
{
    private static readonly System.Buffers.SearchValues<char> s_asciiLettersAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>
    /// Splits on anything that is not an ASCII letter or digit and at lower→upper and letter↔digit
    /// boundaries (<c>signupCompleted</c>, <c>Signup Completed</c>, <c>signup-completed</c> → signup, completed).
    /// Acronyms stay together (<c>HTTPRequest</c> → http, request). Words are lower-case.
    /// </summary>
    public static IReadOnlyList<string> Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // A word is a run of name[start..i): each is cut out once, lower-cased only when it has capitals.
        var words = new List<string>(4);
        var start = -1;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                AddWord(words, name, start, i);
                start = -1;
                continue;
            }

            if (start >= 0)
            {
                var previous = name[i - 1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var boundary = (char.IsAsciiLetterLower(previous) && char.IsAsciiLetterUpper(c))
                    || (char.IsAsciiDigit(previous) != char.IsAsciiDigit(c))
                    || (char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(next));
                if (boundary)
                {
                    AddWord(words, name, start, i);
                    start = i;
                }
            }
            else
            {
                start = i;
            }
        }

        AddWord(words, name, start, name.Length);
        return words;
    }

    /// <summary>
    /// The text an enum value is named from. A value with an ASCII letter or digit is its own text; one without
    /// (<c>"-"</c>, <c>"+"</c>, <c>""</c>, <c>"🎉"</c>) is spelled out character by character, so every target names
    /// it the same way: <c>-</c> → minus, <c>+</c> → plus, the empty string → empty, a character outside the table →
    /// <c>u</c> and its code point in hex (docs/codegen.md lists the table).
    /// </summary>
    public static string SpellEnumValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            return "empty";
        }

        // Split finds a word exactly when there is an ASCII letter or digit; asked without splitting (every enum value of every target comes here).
        if (value.AsSpan().IndexOfAny(s_asciiLettersAndDigits) >= 0)
        {
            return value;
        }

        var words = new List<string>();
        foreach (var rune in value.EnumerateRunes())
        {
            words.Add(rune.IsAscii && s_symbolNames.TryGetValue((char)rune.Value, out var name)
                ? name
                : "u" + rune.Value.ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }

        return string.Join(' ', words);
    }

    private static readonly Dictionary<char, string> s_symbolNames = new()
    {
        [' '] = "space", ['!'] = "exclamation", ['"'] = "quote", ['#'] = "hash", ['$'] = "dollar", ['%'] = "percent",
        ['&'] = "ampersand", ['\''] = "apostrophe", ['('] = "open paren", [')'] = "close paren", ['*'] = "asterisk",
        ['+'] = "plus", [','] = "comma", ['-'] = "minus", ['.'] = "dot", ['/'] = "slash", [':'] = "colon",
        [';'] = "semicolon", ['<'] = "less than", ['='] = "equals", ['>'] = "greater than", ['?'] = "question",
        ['@'] = "at", ['['] = "open bracket", ['\\'] = "backslash", [']'] = "close bracket", ['^'] = "caret",
        ['_'] = "underscore", ['`'] = "backtick", ['{'] = "open brace", ['|'] = "pipe", ['}'] = "close brace", ['~'] = "tilde",
    };

    /// <summary><c>SignupCompleted</c>.</summary>
    public static string Pascal(IReadOnlyList<string> words) => string.Concat(words.Select(Capitalize));

    /// <summary><c>signupCompleted</c>.</summary>
    public static string Camel(IReadOnlyList<string> words) =>
        words.Count == 0 ? "" : words[0] + string.Concat(words.Skip(1).Select(Capitalize));

    /// <summary><c>signup_completed</c>.</summary>
    public static string Snake(IReadOnlyList<string> words) => string.Join('_', words);

    /// <summary><c>SIGNUP_COMPLETED</c>.</summary>
    public static string ScreamingSnake(IReadOnlyList<string> words) => string.Join('_', words).ToUpperInvariant();

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static void AddWord(List<string> words, string name, int start, int end)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        var word = name.AsSpan(start, end - start);
        words.Add(word.ContainsAnyInRange('A', 'Z') ? word.ToString().ToLowerInvariant() : word.ToString());
    }
}
