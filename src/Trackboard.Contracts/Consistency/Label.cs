namespace Trackboard.Contracts.Consistency;

/// <summary>A short text compared as a whole (a category, a lifecycle stage, a source), tokenized once.</summary>
internal sealed record Label(string Text, string[] Tokens)
{
    public static Label? Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : new Label(text.Trim(), SemanticTokenizer.Distinct(SemanticTokenizer.Tokenize(text)));

    /// <summary>1 when the texts are equal ignoring case, else the Jaccard similarity of their tokens; 0 when one is missing.</summary>
    public static double Similarity(Label? a, Label? b)
    {
        if (a is null || b is null)
        {
            return 0;
        }

        return string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase) ? 1 : TokenSets.Jaccard(a.Tokens, b.Tokens);
    }
}
