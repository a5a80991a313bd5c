using System.CommandLine;
using Trackboard.Mcp;

namespace Trackboard.Cli.Commands;

/// <summary>
/// <c>trackboard mcp --contract C</c> or <c>trackboard mcp --server URL --plan ID</c>: serves the read-only MCP tools
/// over stdio for AI assistants, from a local file or from a Server's published versions (token from TRACKBOARD_TOKEN).
/// stdout carries only the protocol, so nothing else may be written to it.
/// </summary>
internal sealed class McpCommand(CliContext context)
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly Option<string?> _contract = new("--contract", "-c") { Description = "The contract file to serve; it is re-read when it changes." };
    private readonly Option<string?> _server = new("--server") { Description = $"A Trackboard Server's base URL: serve a plan's published versions from it (token from {ServerContractSource.TokenVariable})." };
    private readonly Option<string?> _plan = new("--plan") { Description = "The plan id on --server." };

    public Command Build()
    {
        var command = new Command("mcp", "Serve the tracking plan read-only to AI assistants over MCP (stdio), from a contract file or a Server.")
        {
            _contract, _server, _plan,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(parse.GetValue(_contract), parse.GetValue(_server), parse.GetValue(_plan), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string? contractPath, string? server, string? plan, CancellationToken cancellationToken)
    {
        if ((contractPath is null) == (server is null))
        {
            throw CliException.Usage("Give either --contract FILE (a local contract) or --server URL --plan ID (published versions on a Server).");
        }

        if (contractPath is not null)
        {
            if (plan is not null)
            {
                throw CliException.Usage("--plan goes with --server; --contract serves the one file it names.");
            }

            return await RunFileAsync(contractPath, cancellationToken);
        }

        return await RunServerAsync(server!, plan, cancellationToken);
    }

    private async Task<int> RunFileAsync(string contractPath, CancellationToken cancellationToken)
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

    private async Task<int> RunServerAsync(string server, string? plan, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw CliException.Usage($"--server {server} is not an http(s) URL; write it like https://trackboard.example.com.");
        }

        if (string.IsNullOrWhiteSpace(plan))
        {
            throw CliException.Usage("--server needs --plan ID: the plan whose published versions to serve.");
        }

        var token = context.GetEnvironmentVariable(ServerContractSource.TokenVariable);
        // The Server is not contacted here: a Server that is down, or a missing or refused token, comes back from
        // each tool as a structured error the assistant can show, and the tools work as soon as the cause is fixed.
        await context.Error.WriteLineAsync(string.IsNullOrWhiteSpace(token)
            ? $"trackboard mcp: serving plan {plan} from {baseUri} over stdio; warning: {ServerContractSource.TokenVariable} is not set, the Server will refuse the requests"
            : $"trackboard mcp: serving plan {plan} from {baseUri} over stdio");
        await context.Error.FlushAsync(cancellationToken);
        using var http = context.HttpHandler is { } handler ? new HttpClient(handler, disposeHandler: false) : new HttpClient();
        http.Timeout = s_timeout;
        await TrackboardMcpServer.RunStdioAsync(new ServerContractSource(http, baseUri, plan, token), cancellationToken);
        return ExitCodes.Ok;
    }
}
