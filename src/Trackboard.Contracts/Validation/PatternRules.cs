using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// Compiles and caches <c>pattern</c> constraints. Patterns use .NET regular expression syntax, are matched
/// anywhere in the string (as JSON Schema does), and are evaluated with a timeout so a pattern that
/// backtracks catastrophically yields a <c>pattern_timeout</c> violation instead of hanging.
/// </summary>
public static class PatternRules
{
    /// <summary>How long one match may take.</summary>
    public static TimeSpan MatchTimeout { get; } = TimeSpan.FromMilliseconds(100);

    private static readonly ConcurrentDictionary<string, Regex> s_cache = new(StringComparer.Ordinal);

    /// <summary>True when the pattern compiles; otherwise the parser's message.</summary>
    public static bool TryCompile(string pattern, out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            _ = new Regex(ToDotNet(pattern), RegexOptions.CultureInvariant, MatchTimeout);
            error = null;
            return true;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>The compiled regex for a pattern the loader accepted.</summary>
    public static Regex Get(string pattern) =>
        s_cache.GetOrAdd(pattern, static p => new Regex(ToDotNet(p), RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout));

    /// <summary>
    /// Rewrites <c>$</c> outside character classes to <c>\z</c>: in JSON Schema (ECMAScript) <c>$</c> is the end
    /// of the string, while .NET's also matches before a final newline.
    /// </summary>
    internal static string ToDotNet(string pattern)
    {
        if (!pattern.Contains('$', StringComparison.Ordinal))
        {
            return pattern;
        }

        var result = new System.Text.StringBuilder(pattern.Length + 4);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                result.Append(c).Append(pattern[++i]);
                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                result.Append(c);
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    result.Append(pattern[++i]);
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    result.Append(pattern[++i]);
                }

                continue;
            }
            else if (c == '$')
            {
                result.Append("\\z");
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Matches, returning null when the match timed out.</summary>
    public static bool? IsMatch(string pattern, ReadOnlySpan<char> value)
    {
        try
        {
            return Get(pattern).IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
