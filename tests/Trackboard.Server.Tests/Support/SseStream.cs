using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

/// <summary>Reads a server-sent events response event by event (comment lines such as heartbeats are skipped).</summary>
public sealed class SseStream : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader? _reader;

    private SseStream(HttpResponseMessage response, StreamReader? reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpStatusCode Status => _response.StatusCode;

    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    public static async Task<SseStream> OpenAsync(HttpClient http, string url, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url.StartsWith('/') ? url : "/api/v1/" + url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        var reader = response.IsSuccessStatusCode ? new StreamReader(await response.Content.ReadAsStreamAsync(), Encoding.UTF8) : null;
        return new SseStream(response, reader);
    }

    /// <summary>The next event's name and data; fails the test when none arrives in time.</summary>
    public async Task<(string Event, JsonNode Data)> NextAsync(int seconds = 20)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var name = "message";
        var data = new StringBuilder();
        try
        {
            while (await _reader!.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.Length == 0)
                {
                    if (data.Length > 0)
                    {
                        return (name, JsonNode.Parse(data.ToString())!);
                    }
                    continue;
                }
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Append(line["data: ".Length..]);
                }
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No server-sent event within {seconds}s.");
        }
        Assert.Fail("The event stream ended.");
        return default;
    }

    public ValueTask DisposeAsync()
    {
        _reader?.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
