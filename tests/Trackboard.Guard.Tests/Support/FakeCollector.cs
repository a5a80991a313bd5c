using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Trackboard.Guard.Tests.Support;

/// <summary>
/// A real OTLP collector on 127.0.0.1: records the content type and the protobuf body of every <c>POST /v1/traces</c> (http/protobuf),
/// or of every call of the gRPC TraceService/Export method over cleartext HTTP/2 (grpc, the 5-byte message prefix removed).
/// Span names, attribute keys and string values are plain UTF-8 inside a protobuf body, so tests look for their bytes.
/// </summary>
public sealed class FakeCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeCollector(WebApplication app) => _app = app;

    public ConcurrentQueue<(string ContentType, byte[] Body)> Exports { get; } = new();

    /// <summary>The request headers of every export, names in lower case.</summary>
    public ConcurrentQueue<Dictionary<string, string>> Headers { get; } = new();

    /// <summary>The collector's base URL, as <c>tracing.otlp_endpoint</c> takes it (Guard appends <c>/v1/traces</c> for http/protobuf).</summary>
    public string Url { get; private set; } = "";

    public static async Task<FakeCollector> StartAsync(bool grpc = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (grpc)
        {
            // gRPC without TLS is HTTP/2 with prior knowledge: the endpoint must speak nothing else.
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        }
        else
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        }

        var app = builder.Build();
        var fake = new FakeCollector(app);
        app.MapPost("/v1/traces", fake.HandleAsync);
        app.MapPost("/opentelemetry.proto.collector.trace.v1.TraceService/Export", fake.HandleGrpcAsync);
        await app.StartAsync();
        fake.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>Whether any export so far holds <paramref name="text"/> as UTF-8.</summary>
    public bool Received(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Exports.Any(e => e.Body.AsSpan().IndexOf(bytes) >= 0);
    }

    /// <summary>Every span exported so far, decoded.</summary>
    public List<OtlpSpan> Spans() => Exports.SelectMany(e => OtlpReader.Spans(e.Body)).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        Record(context);
        Exports.Enqueue((context.Request.ContentType ?? "", body.ToArray()));
        // An empty ExportTraceServiceResponse: everything accepted.
        context.Response.ContentType = "application/x-protobuf";
        context.Response.StatusCode = 200;
    }

    private async Task HandleGrpcAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        // A gRPC message: 1 byte compressed flag, 4 bytes big-endian length, then the protobuf.
        Record(context);
        Exports.Enqueue((context.Request.ContentType ?? "", body.ToArray()[5..]));
        context.Response.ContentType = "application/grpc";
        await context.Response.Body.WriteAsync(new byte[5]);
        context.Response.AppendTrailer("grpc-status", "0");
    }

    private void Record(HttpContext context) =>
        Headers.Enqueue(context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal));
}
