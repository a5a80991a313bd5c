using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.Tests.Support;

/// <summary>Guard on real Kestrel at 127.0.0.1:0 with its own temp folder, store and contract copy.</summary>
public sealed class GuardServer : IAsyncDisposable
{
    private WebApplication? _app;
    private TimeProvider? _time;

    private GuardServer(string directory, GuardOptions options)
    {
        Directory = directory;
        Options = options;
    }

    public string Directory { get; }

    internal GuardOptions Options { get; private set; }

    public HttpClient Client { get; private set; } = new();

    public string ContractPath => Path.Combine(Directory, "contract.json");

    internal GuardMetrics Metrics => _app!.Services.GetRequiredService<GuardMetrics>();

    public static string SeedContract => TestPaths.SeedExamples("contracts", "web-analytics.v1.json");

    internal static async Task<GuardServer> StartAsync(string? destinationUrl = null, Func<GuardOptions, GuardOptions>? configure = null, bool writeContract = true, TimeProvider? time = null,
        string? contractJson = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "guard-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var options = new GuardOptions
        {
            HttpUrl = "http://127.0.0.1:0",
            ContractFile = Path.Combine(directory, "contract.json"),
            StoreFile = Path.Combine(directory, "guard.db"),
            Destination = new DestinationOptions { Url = destinationUrl ?? "", Timeout = TimeSpan.FromSeconds(5) },
            Retry = new RetryOptions { InitialDelay = TimeSpan.FromMilliseconds(50), MaxDelay = TimeSpan.FromMilliseconds(200), MaxAttempts = 50 },
            ShutdownTimeout = TimeSpan.FromSeconds(2),
        };
        options = configure?.Invoke(options) ?? options;
        if (contractJson is not null)
        {
            File.WriteAllText(Path.Combine(directory, "contract.json"), contractJson);
        }
        else if (writeContract)
        {
            File.Copy(SeedContract, Path.Combine(directory, "contract.json"));
        }

        var server = new GuardServer(directory, options) { _time = time };
        await server.StartAppAsync();
        return server;
    }

    public Uri Url(string path) => new(Client.BaseAddress!, path);

    public long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Options.StoreFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string? ScalarText(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Options.StoreFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
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

    internal async Task RestartAsync(Func<GuardOptions, GuardOptions>? configure = null)
    {
        await StopAsync();
        Options = configure?.Invoke(Options) ?? Options;
        await StartAppAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Client.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow CI box is not worth failing a test over; the OS temp cleaner takes it.
        }
    }

    private async Task StartAppAsync()
    {
        _app = GuardApp.Build(Options, _time, logging: l => l.ClearProviders());
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Client.Dispose();
        Client = new HttpClient { BaseAddress = new Uri(address) };
    }
}
