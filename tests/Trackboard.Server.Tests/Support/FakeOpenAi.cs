using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

/// <summary>
/// A real HTTP/1.1 server on 127.0.0.1 (free port) that speaks just enough of the OpenAI chat-completions API: each
/// <c>POST /v1/chat/completions</c> is recorded and answered with <see cref="Content"/> as the message content (or
/// <see cref="RawBody"/> verbatim), after <see cref="Delay"/>.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly List<ReceivedRequest> _requests = [];

    public FakeOpenAi()
    {
        _listener.Start();
        _loop = AcceptLoopAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    /// <summary>What the model "writes": the message content of the answer.</summary>
    public string Content { get; set; } = "{}";

    /// <summary>When set, the whole response body instead of a completion wrapping <see cref="Content"/>.</summary>
    public string? RawBody { get; set; }

    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<ReceivedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static string GoodAnswer => new JsonObject
    {
        ["summary"] = "Android 2.4.0 sends the signup method as a free-text label.",
        ["probable_causes"] = new JsonArray("The Android build maps the button label instead of the method id."),
        ["suggested_fixes"] = new JsonArray("Send one of email or google from the Android signup screen.", "Add a unit test with the generated helper."),
        ["confidence"] = "medium",
    }.ToJsonString();

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
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
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
                lock (_requests)
                {
                    _requests.Add(new ReceivedRequest(requestLine, headers, new string(body)));
                }
                await Task.Delay(Delay, _stop.Token);
                var answer = RawBody ?? new JsonObject
                {
                    ["id"] = "chatcmpl-test",
                    ["object"] = "chat.completion",
                    ["choices"] = new JsonArray(new JsonObject
                    {
                        ["index"] = 0, ["finish_reason"] = "stop", ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = Content },
                    }),
                }.ToJsonString();
                var bytes = Encoding.UTF8.GetBytes(answer);
                var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {bytes.Length}\r\nConnection: close\r\n\r\n");
                await stream.WriteAsync(head);
                await stream.WriteAsync(bytes);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
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
