using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Trackboard.Server.Tests.Support;

/// <summary>One Server on one fresh database for a test class: a temp SQLite file or a database in the throwaway PostgreSQL cluster.</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tb-server-" + Guid.NewGuid().ToString("N")[..12]);

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public ManualTime Time { get; } = new();

    public abstract string Provider { get; }

    protected abstract Task<string> ConnectionStringAsync(string dataDirectory);

    /// <summary>False when the database cannot run here; the tests of the class are then skipped by their attribute.</summary>
    protected virtual bool Available => true;

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            return;
        }
        Directory.CreateDirectory(_dataDirectory);
        var connection = await ConnectionStringAsync(_dataDirectory);
        Factory = Create(new Dictionary<string, string?>
        {
            ["Trackboard:Database:Provider"] = Provider,
            ["ConnectionStrings:Trackboard"] = connection,
            ["Trackboard:DataDirectory"] = _dataDirectory,
            ["Trackboard:Auth:AuthRequestsPerMinute"] = "100000",
        });
        if (Kestrel)
        {
            Factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            Factory.StartServer();
        }
        else
        {
            _ = Factory.Server;
        }
    }

    /// <summary>True to serve on real Kestrel at 127.0.0.1 and a free port, for clients in other processes.</summary>
    protected virtual bool Kestrel => false;

    /// <summary>The Server's address on Kestrel, such as <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress => new(Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The same Server with extra settings (a second host on the same database).</summary>
    public WebApplicationFactory<Program> WithSettings(IDictionary<string, string?> settings) =>
        Factory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    public ApiClient Client() => new(Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        HandleCookies = true,
        BaseAddress = Kestrel ? BaseAddress : new WebApplicationFactoryClientOptions().BaseAddress,
    }));

    public async Task DisposeAsync()
    {
        if (Factory is null)
        {
            return;
        }
        await Factory.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private WebApplicationFactory<Program> Create(Dictionary<string, string?> settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
            b.UseEnvironment("Testing");
            b.ConfigureServices(services => services.AddSingleton<TimeProvider>(Time));
        });
}
