namespace Trackboard.Contracts.Consistency;

/// <summary>
/// Splits a name or a sentence into its words, keeping their case: at every character that is not a
/// letter or digit, between a lower-case and an upper-case letter (<c>checkoutCompleted</c>), before the last
/// capital of an acronym followed by a word (<c>HTTPRequest</c> gives <c>HTTP</c>, <c>Request</c>; a plural
/// acronym such as <c>URLs</c> stays whole), and between letters and digits (<c>step2</c> gives <c>step</c>, <c>2</c>).
/// </summary>
internal static class WordSplitter
{
    public static List<string> Split(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                if (start >= 0)
                {
                    words.Add(text[start..i]);
                    start = -1;
                }

                continue;
            }

            if (start < 0)
            {
                start = i;
            }
            else if (IsBoundary(text, i))
            {
                words.Add(text[start..i]);
                start = i;
            }
        }

        if (start >= 0)
        {
            words.Add(text[start..]);
        }

        return words;
    }

    // text[i - 1] and text[i] are both letters or digits.
    private static bool IsBoundary(string text, int i)
    {
        var previous = text[i - 1];
        var current = text[i];
        if (char.IsDigit(previous) != char.IsDigit(current))
        {
            return true;
        }

        if (char.IsLower(previous) && char.IsUpper(current))
        {
            return true;
        }

        return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < text.Length && char.IsLower(text[i + 1])
            && !IsPluralSuffix(text, i + 1);
    }

    // The lone "s" of "URLs" or "IDs": a lower-case s that ends the word.
    private static bool IsPluralSuffix(string text, int index) =>
        text[index] == 's' && (index + 1 == text.Length || !char.IsLower(text[index + 1]));
}
