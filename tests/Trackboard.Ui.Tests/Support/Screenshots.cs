using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>Full-page screenshots of the main pages, into TRACKBOARD_SCREENSHOTS or artifacts/screenshots (docs/ui.md uses them).</summary>
public static class Screenshots
{
    public static string Directory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("TRACKBOARD_SCREENSHOTS");
            return string.IsNullOrEmpty(configured) ? Path.Combine(RepositoryRoot, "artifacts", "screenshots") : Path.GetFullPath(configured);
        }
    }

    public static async Task SaveAsync(IPage page, string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // A full-page shot of a scrolled page draws the fixed app bar in the middle.
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Directory, name + ".png"), FullPage = true });
    }

    private static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Trackboard.slnx")))
            {
                directory = directory.Parent;
            }
            return directory?.FullName ?? throw new InvalidOperationException("Trackboard.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}
