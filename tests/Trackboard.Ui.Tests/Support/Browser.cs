using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright; Playwright's own browser download is never used (no network here).</summary>
public static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"TRACKBOARD_CI=1 and {ChromiumPath} is missing: install the apt package chromium (scripts/test.sh does).");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
