namespace Trackboard.Contracts.Codegen;

/// <summary>A target's identifier rules: its reserved words and how it escapes them and leading digits.</summary>
/// <param name="Target">The target name, for messages.</param>
/// <param name="ReservedWords">Words that cannot be identifiers as they are (compared ordinally).</param>
/// <param name="EscapeReserved">Turns a reserved word into a legal identifier (<c>@class</c>, <c>class_</c>, <c>`class`</c>).</param>
/// <param name="LeadingDigitPrefix">Put before an identifier that starts with a digit.</param>
public sealed record TargetNaming(string Target, IReadOnlySet<string> ReservedWords, Func<string, string> EscapeReserved, string LeadingDigitPrefix = "_")
{
    /// <summary>Makes a cased name legal in the target.</summary>
    public string Fix(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (identifier.Length > 0 && char.IsAsciiDigit(identifier[0]))
        {
            identifier = LeadingDigitPrefix + identifier;
        }

        return ReservedWords.Contains(identifier) ? EscapeReserved(identifier) : identifier;
    }
}
