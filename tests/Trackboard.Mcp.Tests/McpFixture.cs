using System.IO.Pipelines;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Trackboard.Mcp.Tests;

/// <summary>A real MCP server and client connected in-process through pipes, over a contract file.</summary>
internal sealed class McpFixture : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serverRun;
    private readonly McpServer _server;

    private McpFixture(McpServer server, McpClient client, Task serverRun)
    {
        _server = server;
        Client = client;
        _serverRun = serverRun;
    }

    public McpClient Client { get; }

    public static async Task<McpFixture> StartAsync(IContractSource source)
    {
        var clientToServer = new Pipe();
        var serverToClient = new Pipe();
        var options = TrackboardMcpServer.CreateOptions(source);
        var transport = new StreamServerTransport(clientToServer.Reader.AsStream(), serverToClient.Writer.AsStream());
        var server = McpServer.Create(transport, options);
        var stop = new CancellationTokenSource();
        var run = server.RunAsync(stop.Token);
        var client = await McpClient.CreateAsync(new StreamClientTransport(clientToServer.Writer.AsStream(), serverToClient.Reader.AsStream()));
        return new McpFixture(server, client, run);
    }

    public async Task<CallToolResult> CallAsync(string tool, Dictionary<string, object?>? arguments = null) =>
        await Client.CallToolAsync(tool, arguments ?? []);

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await _stop.CancelAsync();
        await _server.DisposeAsync();
        try
        {
            await _serverRun;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }
}
