using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Trackboard.Cli.Tests.Support;

/// <summary>
/// A real HTTP/1.1 listener on 127.0.0.1 and a free port that answers every request with one canned
/// response and records the request head. Enough for a client test; no framework needed.
/// </summary>
internal sealed class FakeServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly int _status;
    private readonly byte[] _body;

    public FakeServer(int status, byte[] body)
    {
        _status = status;
        _body = body;
        _listener.Start();
        _loop = Task.Run(AcceptAsync);
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>The request heads received (request line and headers).</summary>
    public List<string> Requests { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception failure) when (failure is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            var head = new StringBuilder();
            var buffer = new byte[4096];
            while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    break;
                }

                head.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            lock (Requests)
            {
                Requests.Add(head.ToString());
            }

            var response = $"HTTP/1.1 {_status} {(_status == 200 ? "OK" : "Error")}\r\nContent-Type: application/json\r\nContent-Length: {_body.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
            await stream.WriteAsync(_body, _stop.Token);
        }
    }
}
