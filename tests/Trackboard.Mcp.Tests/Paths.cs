using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Mcp.Tests;

internal static class Paths
{
    public static string Root => TestPaths.RepositoryRoot;

    public static string Seed(params string[] parts) => TestPaths.SeedExamples(parts);

    public static string Examples(params string[] parts) => TestPaths.Examples(parts);
}
