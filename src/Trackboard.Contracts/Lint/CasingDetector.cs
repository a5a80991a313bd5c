using Trackboard.Contracts.Consistency;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// Which naming conventions a name follows, which one most of a plan follows, and how a name reads in another.
/// A one-word name can follow several: <c>signup</c> is snake_case, camelCase and lower case at once.
/// </summary>
public static class CasingDetector
{
    /// <summary>
    /// True when <paramref name="name"/> follows <paramref name="casing"/>. snake_case: a lower-case letter, then
    /// lower-case letters and digits in words joined by single underscores. camelCase: a lower-case letter, then
    /// letters and digits. PascalCase: an upper-case letter, then letters and digits. Title Case: words joined by
    /// single spaces, each an upper-case letter or digit followed by lower-case letters and digits, or an acronym of
    /// upper-case letters and digits. lower case: words of lower-case letters and digits joined by single spaces,
    /// starting with a letter.
    /// </summary>
    public static bool Matches(string name, NameCasing casing)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0)
        {
            return false;
        }

        return casing switch
        {
            NameCasing.SnakeCase => char.IsLower(name[0]) && Words(name, '_').All(w => w.Length > 0 && w.All(IsLowerOrDigit)),
            NameCasing.CamelCase => char.IsLower(name[0]) && name.All(char.IsLetterOrDigit),
            NameCasing.PascalCase => char.IsUpper(name[0]) && name.All(char.IsLetterOrDigit),
            NameCasing.TitleCase => Words(name, ' ').All(IsTitleWord),
            NameCasing.LowerCase => char.IsLower(name[0]) && Words(name, ' ').All(w => w.Length > 0 && w.All(IsLowerOrDigit)),
            _ => throw new ArgumentOutOfRangeException(nameof(casing), casing, "Unknown casing."),
        };
    }

    /// <summary>
    /// The casing most of the names follow: the one the most names match, ties broken by the order of
    /// <see cref="NameCasings.All"/>. Null when there are no names or none follows any casing.
    /// </summary>
    public static NameCasing? Detect(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var counts = new int[NameCasings.All.Count];
        foreach (var name in names)
        {
            for (var i = 0; i < counts.Length; i++)
            {
                if (Matches(name, NameCasings.All[i]))
                {
                    counts[i]++;
                }
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : NameCasings.All[best];
    }

    /// <summary>
    /// The name written in another casing, word by word (words split as the tokenizer splits them, so
    /// <c>userID</c> in snake_case is <c>user_id</c>). A name without letters or digits is returned unchanged.
    /// </summary>
    public static string Convert(string name, NameCasing casing)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Join(WordSplitter.Split(name), casing) ?? name;
    }

    internal static string? Join(IReadOnlyList<string> words, NameCasing casing)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var lower = words.Select(w => w.ToLowerInvariant()).ToList();
        return casing switch
        {
            NameCasing.SnakeCase => string.Join('_', lower),
            NameCasing.CamelCase => lower[0] + string.Concat(lower.Skip(1).Select(Capitalize)),
            NameCasing.PascalCase => string.Concat(lower.Select(Capitalize)),
            NameCasing.TitleCase => string.Join(' ', lower.Select(Capitalize)),
            _ => string.Join(' ', lower),
        };
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] Words(string name, char separator) => name.Split(separator);

    private static bool IsLowerOrDigit(char c) => char.IsLower(c) || char.IsDigit(c);

    private static bool IsTitleWord(string word)
    {
        if (word.Length == 0 || !(char.IsUpper(word[0]) || char.IsDigit(word[0])))
        {
            return false;
        }

        var rest = word[1..];
        return rest.All(IsLowerOrDigit) || rest.All(c => char.IsUpper(c) || char.IsDigit(c));
    }
}
