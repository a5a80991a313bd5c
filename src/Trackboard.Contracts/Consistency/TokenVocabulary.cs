using System.Collections.Frozen;

namespace Trackboard.Contracts.Consistency;

/// <summary>
/// The word lists of <see cref="SemanticTokenizer"/>: two-word phrases written as one word, synonyms mapped to
/// one canonical token, and filler words dropped. docs/lint.md prints the same lists; change both together.
/// </summary>
internal static class TokenVocabulary
{
    /// <summary>Canonical token and the words (singular, lower case) that mean the same in an event name.</summary>
    public static IReadOnlyList<(string Canonical, string[] Words)> SynonymGroups { get; } =
    [
        ("order", ["purchase", "purchased", "checkout", "checkedout", "buy", "bought", "ordered"]),
        ("signup", ["registration", "register", "registered", "account", "signedup"]),
        ("completed", ["success", "successful", "successfully", "succeeded", "succeed", "finished", "finish", "complete", "done"]),
        ("login", ["signin", "signedin", "logon", "loggedin"]),
        ("logout", ["signout", "signedout", "logoff", "loggedout"]),
        ("viewed", ["view", "seen", "displayed", "shown", "visited", "visit", "impression"]),
        ("clicked", ["click", "tapped", "tap", "pressed", "press"]),
        ("started", ["start", "began", "begin", "initiated", "initiate"]),
        ("failed", ["fail", "failure", "error", "errored", "unsuccessful"]),
        ("cancelled", ["canceled", "cancel", "cancellation", "aborted", "abort"]),
        ("removed", ["remove", "deleted", "delete"]),
        ("added", ["add"]),
        ("updated", ["update", "changed", "change", "modified", "modify", "edited", "edit"]),
        ("submitted", ["submit"]),
        ("searched", ["search"]),
        ("user", ["customer", "member"]),
        ("product", ["item"]),
        ("cart", ["basket"]),
        ("payment", ["pay", "paid"]),
        ("subscription", ["subscribe", "subscribed"]),
        ("id", ["identifier", "ids"]),
    ];

    /// <summary>Two consecutive words read as one token (<c>sign up</c>, <c>log_in</c>, <c>e-mail</c>).</summary>
    public static FrozenDictionary<(string First, string Second), string> Phrases { get; } = new Dictionary<(string, string), string>
    {
        [("sign", "up")] = "signup",
        [("signed", "up")] = "signup",
        [("sign", "in")] = "login",
        [("signed", "in")] = "login",
        [("log", "in")] = "login",
        [("logged", "in")] = "login",
        [("sign", "out")] = "logout",
        [("signed", "out")] = "logout",
        [("log", "out")] = "logout",
        [("logged", "out")] = "logout",
        [("check", "out")] = "order",
        [("checked", "out")] = "order",
        [("e", "mail")] = "email",
    }.ToFrozenDictionary();

    /// <summary>Words that carry no meaning for similarity.</summary>
    public static FrozenSet<string> FillerWords { get; } = new[]
    {
        "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "and", "or", "is", "are", "was", "were",
        "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its", "this", "that", "these", "those",
        "as", "from", "into", "onto", "upon", "after", "before", "when", "while", "then", "than", "via", "per", "so",
        "if", "we", "our", "you", "your", "their", "there", "any", "some", "each", "also", "just", "only", "which",
        "who", "what", "event", "evt",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Synonym word to canonical token.</summary>
    public static FrozenDictionary<string, string> Synonyms { get; } = SynonymGroups
        .SelectMany(g => g.Words.Select(w => (Word: w, g.Canonical)))
        .ToFrozenDictionary(p => p.Word, p => p.Canonical, StringComparer.Ordinal);
}
