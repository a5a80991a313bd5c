using System.Text;

namespace Trackboard.Contracts.Codegen;

/// <summary>Splits contract names into words and joins them in each casing; every target's naming builds on it.</summary>
public static class NameWords
{
    /// <summary>
    /// Splits on anything that is not an ASCII letter or digit and at lower→upper and letter↔digit
    /// boundaries (<c>signupCompleted</c>, <c>Signup Completed</c>, <c>signup-completed</c> → signup, completed).
    /// Acronyms stay together (<c>HTTPRequest</c> → http, request). Words are lower-case.
    /// </summary>
    public static IReadOnlyList<string> Split(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                Flush(words, current);
                continue;
            }

            if (current.Length > 0)
            {
                var previous = current[^1];
                var next = i + 1 < name.Length ? name[i + 1] : '\0';
                var boundary = (char.IsAsciiLetterLower(previous) && char.IsAsciiLetterUpper(c))
                    || (char.IsAsciiDigit(previous) != char.IsAsciiDigit(c))
                    || (char.IsAsciiLetterUpper(previous) && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(next));
                if (boundary)
                {
                    Flush(words, current);
                }
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

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

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString().ToLowerInvariant());
            current.Clear();
        }
    }
}
