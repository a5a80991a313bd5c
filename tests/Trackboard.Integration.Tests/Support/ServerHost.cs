using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Integration.Tests.Support;

/// <summary>The Server on real Kestrel at 127.0.0.1:0 with a temp SQLite database; stop it to play "Server down".</summary>
public sealed class ServerHost : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tb-int-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplicationFactory<Program>? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public static ServerHost Start()
    {
        var host = new ServerHost();
        Directory.CreateDirectory(host._dataDirectory);
        host.Listen(0);
        return host;
    }

    /// <summary>Starts the Server again on the same database and port (after <see cref="StopAsync"/>).</summary>
    public void Restart() => Listen(BaseAddress.Port);

    private void Listen(int port)
    {
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Trackboard:Database:Provider", "sqlite");
            b.UseSetting("ConnectionStrings:Trackboard", $"Data Source={Path.Combine(_dataDirectory, "trackboard.db")};Default Timeout=60");
            b.UseSetting("Trackboard:DataDirectory", _dataDirectory);
            b.UseSetting("Trackboard:Auth:AuthRequestsPerMinute", "100000");
            b.UseEnvironment("Testing");
        });
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        _factory = factory;
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public ApiClient Client() => new(new HttpClient { BaseAddress = BaseAddress });

    /// <summary>Registers an owner with a new organization; returns its client and a read-only token for Guard.</summary>
    public async Task<(ApiClient Owner, string GuardToken)> RegisterAsync()
    {
        var owner = Client();
        var register = await owner.Post("auth/register", new JsonObject
        {
            ["email"] = $"u{Guid.NewGuid():N}@example.test", ["password"] = "correct horse battery", ["name"] = "Owner", ["org_name"] = "Org",
        });
        Assert.True(register.Code == 200, register.ToString());
        owner.Token = register.Json["access_token"]!.GetValue<string>();
        var token = await owner.Post("auth/tokens", new JsonObject { ["name"] = "guard", ["scope"] = "read" });
        Assert.True(token.Code == 201, token.ToString());
        return (owner, token.Json["token"]!.GetValue<string>());
    }

    public async Task StopAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
