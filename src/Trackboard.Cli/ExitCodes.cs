namespace Trackboard.Cli;

/// <summary>The process exit codes of <c>trackboard</c> (DESIGN §7; docs/cli.md lists them).</summary>
internal static class ExitCodes
{
    /// <summary>Success: the events are valid, no change at the <c>--fail-on</c> level, the file was written.</summary>
    public const int Ok = 0;

    /// <summary>An event is invalid, or lint failed.</summary>
    public const int Invalid = 1;

    /// <summary>The diff found changes at or above the <c>--fail-on</c> level (breaking by default).</summary>
    public const int Breaking = 2;

    /// <summary>The command line is wrong: unknown command or option, a missing or bad value (sysexits EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>An input file is missing, unreadable or invalid (sysexits EX_DATAERR).</summary>
    public const int BadInput = 65;
}
