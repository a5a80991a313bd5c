using System.Collections.Frozen;
using Trackboard.Contracts.Consistency;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// Which property names look personal, by their tokens (never by substring: <c>shipping</c> holds "ip" but is not
/// an IP address). docs/lint.md prints these lists; change both together.
/// </summary>
internal static class PersonalData
{
    /// <summary>A name with any of these tokens looks personal.</summary>
    public static FrozenSet<string> Tokens { get; } = new[]
    {
        "email", "phone", "telephone", "ip", "ipv", "address", "street", "postcode", "zipcode", "zip", "postal",
        "token", "password", "passwd", "secret", "ssn", "passport", "iban", "birthday", "birthdate", "birth", "dob",
        "surname", "firstname", "lastname", "fullname", "username", "nickname", "latitude", "longitude",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Token pairs that together look personal.</summary>
    public static IReadOnlyList<(string, string)> Pairs { get; } = [("card", "number"), ("credit", "card"), ("social", "security")];

    /// <summary>
    /// Words that make <c>name</c> a person's name (<c>first_name</c>, <c>customer_name</c>); <c>name</c> alone is one too,
    /// but <c>product_name</c> is not.
    /// </summary>
    public static FrozenSet<string> NameQualifiers { get; } = new[]
    {
        "first", "last", "full", "given", "family", "middle", "maiden", "nick", "sur", "display", "real", "legal",
        "user", "contact", "recipient", "sender", "holder", "cardholder", "billing", "shipping",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Why the name looks personal (the matching tokens), or null when it does not.</summary>
    public static string? Reason(string name)
    {
        var tokens = SemanticTokenizer.Tokenize(name);
        var hits = tokens.Where(Tokens.Contains).Distinct(StringComparer.Ordinal).ToList();
        hits.AddRange(Pairs.Where(p => tokens.Contains(p.Item1) && tokens.Contains(p.Item2)).Select(p => p.Item1 + " " + p.Item2));
        if (IsPersonName(name))
        {
            hits.Add("name");
        }

        return hits.Count == 0 ? null : string.Join(", ", hits);
    }

    // "name" with only qualifiers beside it, judged on every word (filler included, so event_name is not a person).
    private static bool IsPersonName(string name)
    {
        var words = WordSplitter.Split(name).Select(w => SemanticTokenizer.Tokenize(w) is [var t] ? t : w.ToLowerInvariant()).ToList();
        return words.Contains("name") && words.All(w => w == "name" || NameQualifiers.Contains(w));
    }
}
