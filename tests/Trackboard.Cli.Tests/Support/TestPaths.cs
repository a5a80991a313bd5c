namespace Trackboard.Cli.Tests.Support;

/// <summary>Where the repository, its test data and the shared seed examples are.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Test data copied next to the test assembly.</summary>
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    /// <summary>A file under the repository's <c>examples/</c>.</summary>
    public static string Examples(params string[] parts) => Path.Combine([RepositoryRoot, "examples", .. parts]);

    /// <summary>The original Trackboard's files, read in place from <c>../shared/seed-examples</c>.</summary>
    public static string SeedExamples(params string[] parts) => Path.Combine([RepositoryRoot, "..", "shared", "seed-examples", .. parts]);

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
}
