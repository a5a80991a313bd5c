using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>
/// The Server on real Kestrel (127.0.0.1, a free port) with a fresh SQLite file, plus one headless Chromium,
/// shared by the tests of a class.
/// </summary>
public sealed class UiServer : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "tb-ui-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The Server's SQLite file, for the rare setup a browser cannot do (such as an invitation that has expired).</summary>
    public string DatabasePath => Path.Combine(_dataDirectory, "trackboard.db");

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("TRACKBOARD_CI") != "1" && !File.Exists(Support.Browser.ChromiumPath))
        {
            return;
        }
        Directory.CreateDirectory(_dataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Trackboard:Database:Provider", "sqlite");
            b.UseSetting("ConnectionStrings:Trackboard", $"Data Source={DatabasePath};Default Timeout=60");
            b.UseSetting("Trackboard:DataDirectory", _dataDirectory);
            b.UseSetting("Trackboard:Auth:AuthRequestsPerMinute", "100000");
            b.UseEnvironment("Development");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        (_playwright, Browser) = await Support.Browser.LaunchAsync();
        // Assertions retry until this deadline (Playwright's default is 5 s): a cold Server, JIT and two test classes
        // sharing two cores can take longer than that to render a page, which is not a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh browser context (its own cookies) at the given viewport width.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
