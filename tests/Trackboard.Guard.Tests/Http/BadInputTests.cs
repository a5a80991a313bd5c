using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

public sealed class BadInputTests : IAsyncLifetime
{
    private GuardServer _guard = null!;

    public async Task InitializeAsync() => _guard = await GuardServer.StartAsync();

    public async Task DisposeAsync() => await _guard.DisposeAsync();

    public static TheoryData<string, string, int, string> Bodies => new()
    {
        { "malformed", """{"event":"signup_completed",""", 400, "invalid_json" },
        { "array", """[{"event":"signup_completed"}]""", 400, "invalid_payload_shape" },
        { "event-number", """{"event":42,"userId":"u","properties":{}}""", 400, "invalid_payload_shape" },
        { "empty", "", 400, "empty_body" },
        { "deep", """{"event":"signup_completed","userId":"u","properties":{"x":""" + new string('[', 70) + new string(']', 70) + "}}", 400, "depth_exceeded" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Track_BadBody_AnswersStatusAndCode(string name, string body, int status, string code)
    {
        var response = await _guard.Client.PostAsync("/v1/track", Payloads.Json(body));

        Assert.True(status == (int)response.StatusCode, name);
        await AssertCodeAsync(response, code);
        Assert.Equal(0, _guard.Scalar("SELECT COUNT(*) FROM outbox") + _guard.Scalar("SELECT COUNT(*) FROM dlq"));
    }

    [Fact]
    public async Task Track_InvalidUtf8_Answers400InvalidUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Payloads.Signup("m-utf8")).Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await _guard.Client.PostAsync("/v1/track", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertCodeAsync(response, "invalid_utf8");
    }

    [Fact]
    public async Task Track_WrongContentType_Answers415()
    {
        var response = await _guard.Client.PostAsync("/v1/track", new StringContent(Payloads.Signup("m-xml"), Encoding.UTF8, "application/xml"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await AssertCodeAsync(response, "unsupported_media_type");
    }

    [Fact]
    public async Task Track_Declared100MegabyteBody_Answers413BeforeReadingIt()
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", _guard.Client.BaseAddress!.Port);
        var stream = tcp.GetStream();
        var head = "POST /v1/track HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 104857600\r\n\r\n{\"event\":";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var buffer = new byte[4096];
        var read = await stream.ReadAsync(buffer);
        var response = Encoding.UTF8.GetString(buffer, 0, read);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"body_too_large\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_GzipBomb_Answers413AfterDecompression()
    {
        var json = "{\"batch\":[],\"pad\":\"" + new string(' ', 20 * 1024 * 1024) + "\"}";
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        using var content = new ByteArrayContent(compressed.ToArray());
        content.Headers.ContentType = new("application/json");
        content.Headers.ContentEncoding.Add("gzip");

        var response = await _guard.Client.PostAsync("/v1/batch", content);

        Assert.True(compressed.Length < 512 * 1024);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertCodeAsync(response, "body_too_large");
    }

    [Fact]
    public async Task Batch_TenThousandEvents_Answers413()
    {
        var events = Enumerable.Range(0, 10_000).Select(i => Payloads.Signup("m-big-" + i)).ToArray();

        var response = await _guard.Client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch(events)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertCodeAsync(response, "body_too_large");
        Assert.Equal(0, _guard.Scalar("SELECT COUNT(*) FROM outbox"));
    }

    [Fact]
    public async Task Batch_MoreEventsThanTheLimitInASmallBody_Answers413TooManyEvents()
    {
        var body = "{\"batch\":[" + string.Join(',', Enumerable.Repeat("{}", 2501)) + "]}";

        var response = await _guard.Client.PostAsync("/v1/batch", Payloads.Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertCodeAsync(response, "too_many_events");
        Assert.Equal(0, _guard.Scalar("SELECT COUNT(*) FROM dlq"));
    }

    [Fact]
    public async Task Track_ChunkedBodyOverTheLimit_Answers413WithoutAContentLength()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"event\":\"" + new string('x', 2 * 1024 * 1024) + "\"}")));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/track") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _guard.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertCodeAsync(response, "body_too_large");
    }

    [Fact]
    public async Task Track_TimestampNotRfc3339_BlockedWithInvalidTimestamp()
    {
        var body = Payloads.Signup("m-ts").Insert(1, "\"timestamp\":\"27/06/2026 12:00\",");

        var response = await _guard.Client.PostAsync("/v1/track?verbose=1", Payloads.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("events");
        Assert.Equal("blocked", events[0].GetProperty("decision").GetString());
        Assert.Equal("invalid_timestamp", events[0].GetProperty("codes")[0].GetString());
        Assert.Equal("invalid_timestamp", _guard.ScalarText("SELECT reasons FROM dlq"));
    }

    internal static async Task AssertCodeAsync(HttpResponseMessage response, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, JsonDocument.Parse(text).RootElement.GetProperty("code").GetString());
    }
}
