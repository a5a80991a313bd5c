namespace Trackboard.Contracts.Consistency;

/// <summary>
/// The one tokenizer of semantic consistency and lint. In order: split into words (at non-alphanumerics,
/// camelCase and PascalCase humps, acronyms and letter/digit boundaries), lower-case, join two-word phrases
/// (<c>sign up</c> → <c>signup</c>, <c>log in</c> → <c>login</c>, <c>check out</c> → <c>order</c>,
/// <c>e mail</c> → <c>email</c>), make plurals singular (<c>-ies</c> → <c>-y</c>; a final <c>s</c> is dropped from
/// words of four or more letters not ending in <c>ss</c>, <c>us</c>, <c>is</c> or <c>as</c>), map synonyms to one
/// token (<c>purchase</c>/<c>checkout</c> → <c>order</c>, <c>registration</c>/<c>account</c> → <c>signup</c>,
/// <c>success</c>/<c>finished</c> → <c>completed</c>, and the rest of the list in docs/lint.md), then drop
/// one-character tokens and filler words (<c>the</c>, <c>after</c>, <c>event</c>, …).
/// </summary>
public static class SemanticTokenizer
{
    /// <summary>The tokens of a name or a sentence, in order, repeats kept. Null or empty text gives none.</summary>
    public static IReadOnlyList<string> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var words = WordSplitter.Split(text);
        var tokens = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].ToLowerInvariant();
            if (i + 1 < words.Count && TokenVocabulary.Phrases.TryGetValue((word, words[i + 1].ToLowerInvariant()), out var phrase))
            {
                tokens.Add(phrase);
                i++;
                continue;
            }

            var token = Normalize(word);
            if (token.Length > 1 && !TokenVocabulary.FillerWords.Contains(token))
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>The distinct tokens of the text, sorted by ordinal order.</summary>
    public static IReadOnlyList<string> TokenSet(string? text) => Distinct(Tokenize(text));

    internal static string[] Distinct(IEnumerable<string> tokens)
    {
        var set = tokens.Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(set, StringComparer.Ordinal);
        return set;
    }

    private static string Normalize(string word)
    {
        if (TokenVocabulary.FillerWords.Contains(word))
        {
            return word;
        }

        if (TokenVocabulary.Synonyms.TryGetValue(word, out var canonical))
        {
            return canonical;
        }

        var singular = Singular(word);
        return TokenVocabulary.Synonyms.GetValueOrDefault(singular, singular);
    }

    private static string Singular(string word)
    {
        if (!word.All(char.IsLetter))
        {
            return word;
        }

        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^3] + "y";
        }

        var keepsFinalS = word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal)
            || word.EndsWith("is", StringComparison.Ordinal) || word.EndsWith("as", StringComparison.Ordinal);
        return word.Length >= 4 && word[^1] == 's' && !keepsFinalS ? word[..^1] : word;
    }
}
