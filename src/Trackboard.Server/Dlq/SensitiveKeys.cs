namespace Trackboard.Server.Dlq;

/// <summary>
/// Decides from a key name alone whether its value is personal or secret: the name is split into words at
/// <c>_</c>, <c>-</c>, <c>.</c>, spaces and camelCase humps, so <c>user_email</c>, <c>userEmail</c> and
/// <c>UserEMail</c> all contain the word <c>email</c>.
/// </summary>
internal static class SensitiveKeys
{
    private static readonly Dictionary<string, string> s_words = new(StringComparer.Ordinal)
    {
        ["email"] = "email", ["mail"] = "email",
        ["phone"] = "phone", ["mobile"] = "phone", ["msisdn"] = "phone", ["tel"] = "phone", ["telephone"] = "phone", ["fax"] = "phone",
        ["token"] = "token", ["jwt"] = "token", ["bearer"] = "token", ["authorization"] = "token",
        ["cookie"] = "token", ["credential"] = "token", ["credentials"] = "token", ["apikey"] = "token",
        ["secret"] = "secret", ["password"] = "secret", ["passwd"] = "secret", ["pwd"] = "secret", ["passphrase"] = "secret", ["pin"] = "secret",
        ["ip"] = "ip", ["ipv4"] = "ip", ["ipv6"] = "ip",
        ["ssn"] = "id", ["iban"] = "id", ["passport"] = "id",
    };

    // Words that mark a key even inside a lower-case run without separators (useremail, authtoken, userid).
    private static readonly (string Word, string Reason)[] s_embedded =
    [
        ("email", "email"), ("phone", "phone"), ("token", "token"), ("password", "secret"), ("secret", "secret"), ("apikey", "token"),
        ("jwt", "token"), ("ipaddress", "ip"), ("userid", "id"), ("anonymousid", "id"), ("deviceid", "id"), ("customerid", "id"),
        ("accountid", "id"), ("visitorid", "id"), ("messageid", "id"), ("sessionid", "id"),
    ];

    private static readonly HashSet<string> s_idWords = new(StringComparer.Ordinal) { "id", "ids", "uuid", "guid" };

    private static readonly (string First, string Second, string Reason)[] s_pairs =
    [
        ("api", "key", "token"), ("access", "key", "token"), ("private", "key", "secret"), ("secret", "key", "secret"),
        ("client", "secret", "secret"), ("ip", "address", "ip"), ("card", "number", "id"),
    ];

    /// <summary>The redaction reason (<c>email</c>, <c>phone</c>, <c>token</c>, <c>secret</c>, <c>ip</c>, <c>id</c>), or null when the name says nothing.</summary>
    public static string? Classify(string key)
    {
        var words = Words(key);
        if (words.Count == 0)
        {
            return null;
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            foreach (var (first, second, reason) in s_pairs)
            {
                if (words[i] == first && words[i + 1] == second)
                {
                    return reason;
                }
            }
        }
        foreach (var word in words)
        {
            if (s_words.TryGetValue(word, out var reason))
            {
                return reason;
            }
        }
        if (s_idWords.Contains(words[^1]))
        {
            return "id";
        }
        var joined = string.Concat(words);
        foreach (var (word, reason) in s_embedded)
        {
            if (joined.Contains(word, StringComparison.Ordinal))
            {
                return reason;
            }
        }
        return null;
    }

    /// <summary>Lower-case words of a key: <c>IPAddress</c> → ip, address; <c>authToken</c> → auth, token; <c>user_email</c> → user, email.</summary>
    public static List<string> Words(string key)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= key.Length; i++)
        {
            var boundary = i == key.Length || !char.IsLetterOrDigit(key[i]);
            var hump = !boundary && i > start && char.IsUpper(key[i])
                && (char.IsLower(key[i - 1]) || char.IsDigit(key[i - 1]) || (i + 1 < key.Length && char.IsLower(key[i + 1])));
            if (boundary || hump)
            {
                if (i > start)
                {
                    words.Add(key[start..i].ToLowerInvariant());
                }
                start = boundary ? i + 1 : i;
            }
        }
        return words;
    }
}
