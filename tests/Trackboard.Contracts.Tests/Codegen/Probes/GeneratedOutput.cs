using System.Text;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>Golden files and structural checks shared by the typed targets' tests.</summary>
internal static class GeneratedOutput
{
    /// <summary>
    /// Compares every file with <c>Snapshots/codegen/&lt;target&gt;/&lt;contract&gt;/&lt;path&gt;</c> and checks that the
    /// snapshot folder holds no file the generator no longer writes.
    /// </summary>
    public static void MatchSnapshots(string target, string contract, IReadOnlyList<GeneratedFile> files)
    {
        var folder = $"codegen/{target}/{contract}";
        var directory = Path.Combine(SnapshotRoot(), "codegen", target, contract);
        if (Environment.GetEnvironmentVariable("TRACKBOARD_UPDATE_SNAPSHOTS") == "1" && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var file in files)
        {
            Snapshot.Match(folder + "/" + file.Path, file.Content);
        }

        var stored = Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(directory, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(files.Select(f => f.Path).Order(StringComparer.Ordinal), stored);
    }

    /// <summary>Writes the files under a fresh directory and returns it.</summary>
    public static string WriteTo(string directory, IReadOnlyList<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return directory;
    }

    public static string Text(GeneratedFile file) => Encoding.UTF8.GetString(file.Content);

    /// <summary>The whole output as one text, files in order.</summary>
    public static string Text(IReadOnlyList<GeneratedFile> files) => string.Concat(files.Select(Text));

    private static string SnapshotRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "tests", "Trackboard.Contracts.Tests");
            if (File.Exists(Path.Combine(project, "Trackboard.Contracts.Tests.csproj")))
            {
                return Path.Combine(project, "Snapshots");
            }
        }

        throw new InvalidOperationException("The test project's source folder was not found above " + AppContext.BaseDirectory);
    }
}
