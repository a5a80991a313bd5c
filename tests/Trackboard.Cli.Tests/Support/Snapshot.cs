using System.Runtime.CompilerServices;
using System.Text;

namespace Trackboard.Cli.Tests.Support;

/// <summary>
/// Golden files: compares output byte for byte with <c>Snapshots/&lt;name&gt;</c> in the source tree.
/// Set TRACKBOARD_UPDATE_SNAPSHOTS=1 to rewrite them; review the diff before committing.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerFile = "") =>
        Match(name, Encoding.UTF8.GetBytes(actual), callerFile);

    public static void Match(string name, byte[] actual, [CallerFilePath] string callerFile = "")
    {
        var path = Path.Combine(ProjectDirectory(callerFile), "Snapshots", name);
        if (Environment.GetEnvironmentVariable("TRACKBOARD_UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Snapshot {path} is missing; run the tests with TRACKBOARD_UPDATE_SNAPSHOTS=1 to create it.");
        var expected = File.ReadAllBytes(path);
        if (!expected.AsSpan().SequenceEqual(actual))
        {
            Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
            Assert.Fail($"Snapshot {path} differs in bytes that decode to the same text (encoding or line endings).");
        }
    }

    private static string ProjectDirectory(string callerFile)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(callerFile)!); dir is not null; dir = dir.Parent)
        {
            if (dir.GetFiles("*.csproj").Length > 0)
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No test project above " + callerFile);
    }
}
