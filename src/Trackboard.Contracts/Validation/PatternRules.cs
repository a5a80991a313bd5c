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
            _ = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
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
        s_cache.GetOrAdd(pattern, static p => new Regex(p, RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout));

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
