using System.Diagnostics;

namespace Trackboard.Contracts.Tests.Support;

/// <summary>Where the repository, its test data and the shared seed examples are.</summary>
internal static class TestPaths
{
    /// <summary>Overrides where the original Trackboard's files are read from.</summary>
    public const string SeedExamplesVariable = "TRACKBOARD_SEED_EXAMPLES";

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The original Trackboard's files, read in place (never copied into the repository): <c>$TRACKBOARD_SEED_EXAMPLES</c>,
    /// else <c>../shared/seed-examples</c> beside the repository, else beside the checkout this one was cloned from
    /// (a clean clone in a temporary directory, as CI is checked, reads the files of the checkout it came from).
    /// </summary>
    public static string SeedExamplesRoot { get; } = FindSeedExamples();

    /// <summary>Test data copied next to the test assembly.</summary>
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>A file under the repository's <c>examples/</c>.</summary>
    public static string Examples(params string[] parts) => Path.Combine([RepositoryRoot, "examples", .. parts]);

    /// <summary>A file of the original Trackboard's seed examples (see <see cref="SeedExamplesRoot"/>).</summary>
    public static string SeedExamples(params string[] parts) => Path.Combine([SeedExamplesRoot, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trackboard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Trackboard.slnx not found above " + AppContext.BaseDirectory);
    }

    private static string FindSeedExamples()
    {
        if (Environment.GetEnvironmentVariable(SeedExamplesVariable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }
        var besideRepository = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "seed-examples"));
        if (Directory.Exists(besideRepository))
        {
            return besideRepository;
        }
        if (CloneOrigin() is { } origin && Path.GetFullPath(Path.Combine(origin, "..", "shared", "seed-examples")) is var besideOrigin
            && Directory.Exists(besideOrigin))
        {
            return besideOrigin;
        }
        throw new DirectoryNotFoundException(
            $"The seed examples were not found at {besideRepository} (nor beside the checkout this one was cloned from); set {SeedExamplesVariable} to their folder.");
    }

    /// <summary>The local directory the repository was cloned from (git's origin), when it is one.</summary>
    private static string? CloneOrigin()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", ["-C", RepositoryRoot, "config", "--get", "remote.origin.url"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null)
            {
                return null;
            }
            var url = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            if (url.StartsWith("file://", StringComparison.Ordinal))
            {
                url = url["file://".Length..];
            }
            return git.ExitCode == 0 && Path.IsPathRooted(url) && Directory.Exists(url) ? url : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
