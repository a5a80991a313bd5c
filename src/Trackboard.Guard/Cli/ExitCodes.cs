namespace Trackboard.Guard.Cli;

/// <summary>Process exit codes (BSD sysexits where one fits).</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad config: every bad key was printed with its path and the fix.</summary>
    public const int ConfigInvalid = 64;

    /// <summary>The contract file could not be loaded.</summary>
    public const int ContractInvalid = 65;

    /// <summary>A bad option value (such as an unreadable --since).</summary>
    public const int UsageError = 64;
}
