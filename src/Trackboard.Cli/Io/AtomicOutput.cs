using Trackboard.Contracts.Codegen;

namespace Trackboard.Cli.Io;

/// <summary>
/// Writes outputs only after everything succeeded: files go to a temporary sibling first and are then
/// moved into place, so a failing command leaves <c>--out</c> as it was.
/// </summary>
internal static class AtomicOutput
{
    public static void WriteFile(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw CliException.Usage($"--out {path} is a directory; give a file name such as {Path.Combine(path, "contract.json")}.");
        }

        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Writes every file under <paramref name="directory"/> (created when missing), replacing files of the same name.</summary>
    public static void WriteDirectory(string directory, IReadOnlyList<GeneratedFile> files)
    {
        var target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw CliException.Usage($"--out {directory} is a file; give a directory.");
        }

        var parent = Path.GetDirectoryName(target.TrimEnd(Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar))}.{Guid.NewGuid():N}.tmp");
        try
        {
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Content);
            }

            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
                return;
            }

            foreach (var file in files)
            {
                var destination = Path.Combine(target, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                File.Move(Path.Combine(staging, file.Path), destination, overwrite: true);
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }
}
