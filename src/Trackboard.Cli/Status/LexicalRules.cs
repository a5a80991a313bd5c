namespace Trackboard.Cli.Status;

/// <summary>What <see cref="CallSiteTokenizer"/> must skip in one language: its comments and string literals.</summary>
internal sealed record LexicalRules
{
    /// <summary><c>// …</c> and <c>/* … */</c>.</summary>
    public bool SlashComments { get; init; }

    /// <summary><c>/* /* … */ */</c> nest (Kotlin).</summary>
    public bool NestedBlockComments { get; init; }

    /// <summary><c># …</c> (Python).</summary>
    public bool HashComments { get; init; }

    /// <summary><c>'…'</c> is a string or a character literal (every language here but Go's runes behave the same).</summary>
    public bool SingleQuotes { get; init; } = true;

    /// <summary><c>"""…"""</c> (and <c>'''…'''</c> with single quotes on): Python, Java text blocks, Kotlin.</summary>
    public bool TripleQuotes { get; init; }

    /// <summary>Triple-quoted strings have no escapes (Kotlin raw strings).</summary>
    public bool RawTripleQuotes { get; init; }

    /// <summary><c>`…${code}…`</c>: JavaScript template literals.</summary>
    public bool TemplateLiterals { get; init; }

    /// <summary><c>`…`</c> without escapes or holes: Go raw strings.</summary>
    public bool RawBackticks { get; init; }

    /// <summary><c>"…${code}…"</c>: Kotlin string templates.</summary>
    public bool DollarBraceHoles { get; init; }

    /// <summary><c>f"…{code}…"</c>, <c>rb'…'</c>: Python string prefixes.</summary>
    public bool PythonPrefixes { get; init; }
}
