namespace Trackboard.Cli;

/// <summary>
/// Stops a command with an exit code and a message for stderr. The message names the file, the JSON path
/// when there is one, and the fix; <see cref="Details"/> adds one line per problem when there are several.
/// </summary>
internal sealed class CliException(int exitCode, string message, IReadOnlyList<string>? details = null) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public IReadOnlyList<string> Details { get; } = details ?? [];

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);

    public static CliException BadInput(string message, IReadOnlyList<string>? details = null) => new(ExitCodes.BadInput, message, details);
}
