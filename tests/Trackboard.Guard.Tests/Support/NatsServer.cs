using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Guard.Tests.Support;

/// <summary>A real <c>nats-server -js</c> on 127.0.0.1 with a free port and its own store folder; it can be killed and started again on both.</summary>
public sealed class NatsServer : IAsyncDisposable
{
    private readonly string _storeDirectory;
    private Process? _process;

    private NatsServer(int port, string storeDirectory)
    {
        Port = port;
        _storeDirectory = storeDirectory;
    }

    public int Port { get; }

    public string Url => "nats://127.0.0.1:" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<NatsServer> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new NatsServer(port, Path.Combine(Path.GetTempPath(), "guard-nats-" + Guid.NewGuid().ToString("N")));
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on the same port and store, and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(ExternalTools.CommandPath(ExternalTools.NatsServer))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-js", "-sd", _storeDirectory })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>SIGKILL: no goodbye to clients, no flush.</summary>
    public async Task KillAsync()
    {
        _process!.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await KillAsync();
        }

        try
        {
            Directory.Delete(_storeDirectory, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner takes what a slow exit left behind.
        }
    }
}
