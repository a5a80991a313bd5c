using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace Trackboard.Server.Tests.Support;

/// <summary>A real HTTP/1.1 listener on 127.0.0.1 (free port) that records each request and answers 200 (or first the given statuses, in order).</summary>
public sealed class FakeReceiver : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Channel<ReceivedRequest> _requests = Channel.CreateUnbounded<ReceivedRequest>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Queue<int> _statuses;

    public FakeReceiver(params int[] firstStatuses)
    {
        _statuses = new Queue<int>(firstStatuses);
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public int Count { get; private set; }

    public async Task<ReceivedRequest> NextAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await _requests.Reader.ReadAsync(cts.Token);
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            using (client)
            {
                var stream = client.GetStream();
                var reader = new StreamReader(stream, Encoding.UTF8, leaveOpen: true);
                var requestLine = await reader.ReadLineAsync() ?? "";
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                string? line;
                while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync()))
                {
                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
                var length = int.Parse(headers.GetValueOrDefault("Content-Length", "0"), System.Globalization.CultureInfo.InvariantCulture);
                var body = new char[length];
                var read = 0;
                while (read < length)
                {
                    read += await reader.ReadAsync(body.AsMemory(read, length - read));
                }
                Count++;
                await _requests.Writer.WriteAsync(new ReceivedRequest(requestLine, headers, new string(body)));
                var status = _statuses.TryDequeue(out var next) ? next : 200;
                var response = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Error")}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(response);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
