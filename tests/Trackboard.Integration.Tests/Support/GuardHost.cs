extern alias guard;

using System.Text;
using System.Text.Json.Nodes;
using guard::Trackboard.Guard.Configuration;
using guard::Trackboard.Guard.Hosting;
using guard::Trackboard.Guard.Push;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Trackboard.Integration.Tests.Support;

/// <summary>Guard on real Kestrel at 127.0.0.1:0 pulling its contract from a Server; restartable on the same store and cache.</summary>
public sealed class GuardHost : IAsyncDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "tb-int-guard-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly GuardOptions _options;
    private WebApplication? _app;

    private GuardHost(string contractUrl, string token, TimeSpan pollInterval, int keepVersions, PushOptions? push)
    {
        Directory.CreateDirectory(_directory);
        _options = new GuardOptions
        {
            HttpUrl = "http://127.0.0.1:0",
            ContractFile = "",
            StoreFile = Path.Combine(_directory, "guard.db"),
            ShutdownTimeout = TimeSpan.FromSeconds(2),
            ContractPull = new ContractPullOptions
            {
                Url = contractUrl, Token = token, PollInterval = pollInterval, KeepVersions = keepVersions, Timeout = TimeSpan.FromSeconds(5),
            },
            Push = push ?? new PushOptions(),
        };
    }

    public HttpClient Client { get; private set; } = new();

    public string CacheDirectory => _options.StoreFile + ".contracts";

    public string StoreFile => _options.StoreFile;

    public static Task<GuardHost> StartAsync(Uri server, Guid plan, string token, TimeSpan pollInterval, int keepVersions = 5) =>
        StartAsync(server, plan, token, pollInterval, null, keepVersions);

    /// <summary>As <see cref="StartAsync(Uri, Guid, string, TimeSpan, int)"/>, pushing DLQ rows and counts back with <paramref name="push"/>.</summary>
    internal static async Task<GuardHost> StartAsync(Uri server, Guid plan, string token, TimeSpan pollInterval, PushOptions? push, int keepVersions = 5)
    {
        var host = new GuardHost(new Uri(server, $"/api/v1/plans/{plan}/contract").ToString(), token, pollInterval, keepVersions, push);
        await host.StartAppAsync();
        return host;
    }

    /// <summary>The contract version /health/ready reports, or null while Guard is not ready.</summary>
    public async Task<string?> ReadyVersionAsync()
    {
        using var response = await Client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync())!["contract_version"]!.GetValue<string>() : null;
    }

    public async Task<string> MetricsAsync() => await Client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

    /// <summary>Posts one track call with ?verbose=1 and returns the per-event answer.</summary>
    public async Task<JsonNode> TrackAsync(JsonObject payload)
    {
        using var content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(new Uri("/v1/track?verbose=1", UriKind.Relative), content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!["events"]![0]!;
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAppAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task StartAppAsync()
    {
        _app = GuardApp.Build(_options, logging: l => l.ClearProviders());
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client.Dispose();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }
}
