namespace Trackboard.Cli;

/// <summary>
/// What a command may touch: its two output streams, whether they are terminals, and environment variables.
/// Tests run commands in-process with string writers; <see cref="Program"/> passes the real console.
/// </summary>
internal sealed record CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>True when stdout is a terminal: text output may use colour.</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when stderr is a terminal: progress bars are drawn there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads an environment variable (the process environment unless a test passes its own).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>For <c>pull</c>; tests may pass a handler of their own.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }
}
