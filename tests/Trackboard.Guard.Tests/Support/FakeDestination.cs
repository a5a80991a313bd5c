using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Trackboard.Guard.Tests.Support;

/// <summary>A real HTTP listener on 127.0.0.1 standing in for Segment: records every batch and answers as told.</summary>
public sealed class FakeDestination : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private FakeDestination(WebApplication app) => _app = app;

    /// <summary>Decides the answer for call number n (1-based): status and optional Retry-After; null status drops the connection.</summary>
    public Func<int, (int? Status, string? RetryAfter)> Reply { get; set; } = _ => (200, null);

    /// <summary>How long each call waits before it is answered (a slow destination).</summary>
    public TimeSpan Delay { get; set; }

    public ConcurrentQueue<(DateTimeOffset At, int Status, string Authorization, JsonElement Body)> Calls { get; } = new();

    public ConcurrentDictionary<string, int> Delivered { get; } = new();

    public string Url { get; private set; } = "";

    public int CallCount => Volatile.Read(ref _calls);

    public static async Task<FakeDestination> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDestination(app);
        app.MapPost("/v1/batch", fake.HandleAsync);
        await app.StartAsync();
        fake.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1/batch";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref _calls);
        var (status, retryAfter) = Reply(n);
        using var document = await JsonDocument.ParseAsync(context.Request.Body);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (status is null)
        {
            context.Abort();
            return;
        }

        Calls.Enqueue((DateTimeOffset.UtcNow, status.Value, context.Request.Headers.Authorization.ToString(), document.RootElement.Clone()));
        if (status is >= 200 and < 300)
        {
            foreach (var e in document.RootElement.GetProperty("batch").EnumerateArray())
            {
                if (e.TryGetProperty("messageId", out var id))
                {
                    Delivered.AddOrUpdate(id.GetString()!, 1, (_, c) => c + 1);
                }
            }
        }

        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.StatusCode = status.Value;
        await context.Response.WriteAsync("{}");
    }
}
