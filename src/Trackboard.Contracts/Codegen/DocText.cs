using System.Text;

namespace Trackboard.Contracts.Codegen;

/// <summary>
/// Makes product-authored text (descriptions, guidance) safe inside a generated comment in any target:
/// no comment terminators or openers, no markup, no control characters, one line, at most 500 characters.
/// </summary>
public static class DocText
{
    /// <summary>The longest comment text kept.</summary>
    public const int MaxLength = 500;

    private static readonly string[] s_dangerous = ["*/", "/*", "-->", "<!--", "\"\"\"", "'''", "#>", "<#", "{-", "-}"];

    /// <summary>Sanitizes text for a comment; null or blank gives an empty string.</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        if (IsAlreadyClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value is 0x2028 or 0x2029 or 0x85)
            {
                builder.Append(' ');
            }
            else if (rune.Value is '<' or '>' or '`' or '\\')
            {
                // Markup and escapes have no meaning in a comment and can end one in some targets.
                builder.Append(' ');
            }
            else
            {
                // Appending the code units directly: this runs on every comment line of every target.
                builder.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
        }

        var cleaned = builder.ToString();
        foreach (var token in s_dangerous)
        {
            while (cleaned.Contains(token, StringComparison.Ordinal))
            {
                cleaned = cleaned.Replace(token, token[0] + " " + token[1..], StringComparison.Ordinal);
            }
        }

        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.EnumerateRunes().Count() > MaxLength)
        {
            cleaned = string.Concat(cleaned.EnumerateRunes().Take(MaxLength - 1).Select(r => r.ToString())) + "…";
        }

        return cleaned;
    }

    // True when sanitizing would return the text unchanged: printable ASCII without markup, escapes or comment
    // tokens, single spaces between words, at most MaxLength long. Most descriptions are, and this runs for every one.
    private static bool IsAlreadyClean(string text)
    {
        if (text.Length > MaxLength || text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        // Every dangerous token has one of these characters ('<' is refused on its own): most text has none.
        var tokenCharacter = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is < ' ' or > '~' or '<' or '>' or '`' or '\\' || (c == ' ' && text[i - 1] == ' '))
            {
                return false;
            }

            tokenCharacter |= c is '*' or '/' or '-' or '"' or '\'' or '#' or '{' or '}';
        }

        if (!tokenCharacter)
        {
            return true;
        }

        foreach (var token in s_dangerous)
        {
            if (text.Contains(token, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
