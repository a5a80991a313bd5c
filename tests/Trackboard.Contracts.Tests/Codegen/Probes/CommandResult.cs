namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>What a finished command returned.</summary>
internal sealed record CommandResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Output => StandardOutput + StandardError;
}
