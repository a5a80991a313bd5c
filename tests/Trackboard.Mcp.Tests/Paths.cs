namespace Trackboard.Mcp.Tests;

internal static class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Seed(params string[] parts) => Path.Combine([Root, "..", "shared", "seed-examples", .. parts]);

    public static string Examples(params string[] parts) => Path.Combine([Root, "examples", .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trackboard.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Trackboard.slnx not found");
    }
}
