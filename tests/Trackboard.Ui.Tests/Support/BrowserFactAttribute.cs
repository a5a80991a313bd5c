namespace Trackboard.Ui.Tests.Support;

/// <summary>
/// A browser test: skipped with a clear reason when Debian's Chromium is not installed, except under
/// TRACKBOARD_CI=1, where the test runs and fails in <see cref="Browser.LaunchAsync"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("TRACKBOARD_CI") != "1" && !File.Exists(Browser.ChromiumPath))
        {
            Skip = $"Missing {Browser.ChromiumPath}: run scripts/test.sh once (it installs the apt package chromium).";
        }
    }
}
