using System.CommandLine;
using Trackboard.Mcp;

namespace Trackboard.Cli.Commands;

/// <summary>
/// <c>trackboard mcp --contract C</c>: serves the read-only MCP tools over stdio for AI assistants.
/// stdout carries only the protocol, so nothing else may be written to it.
/// </summary>
internal sealed class McpCommand(CliContext context)
{
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file to serve; it is re-read when it changes.", Required = true };

    public Command Build()
    {
        var command = new Command("mcp", "Serve the tracking plan read-only to AI assistants over MCP (stdio).") { _contract };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetRequiredValue(_contract), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string contractPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(contractPath))
        {
            throw CliException.BadInput($"{contractPath}: no such file. Give the contract to serve with --contract.");
        }

        await context.Error.WriteLineAsync($"trackboard mcp: serving {Path.GetFullPath(contractPath)} over stdio");
        await context.Error.FlushAsync(cancellationToken);
        await TrackboardMcpServer.RunStdioAsync(new FileContractSource(contractPath), cancellationToken);
        return ExitCodes.Ok;
    }
}
