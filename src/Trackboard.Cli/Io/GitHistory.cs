using System.ComponentModel;
using System.Diagnostics;

namespace Trackboard.Cli.Io;

/// <summary>Reads a file as it was at a git ref (<c>git show REF:./FILE</c>) for <c>diff --against</c>.</summary>
internal static class GitHistory
{
    public static byte[] Show(string gitRef, string path)
    {
        InputFiles.Require(path, "head contract");
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full)!;
        var inside = Run(directory, "rev-parse", "--is-inside-work-tree");
        if (inside.ExitCode != 0)
        {
            throw CliException.BadInput(
                $"{path} is not inside a git repository, so --against {gitRef} has no history to read. Run from a clone, or pass the old contract file instead: trackboard diff OLD NEW.");
        }

        if (Run(directory, "rev-parse", "--verify", "--quiet", gitRef + "^{commit}").ExitCode != 0)
        {
            throw CliException.BadInput(
                $"--against {gitRef}: no such commit, branch or tag in the repository of {path}. Check the name (`git branch -a`, `git tag`); in CI fetch it first (actions/checkout with fetch-depth: 0).");
        }

        var shown = Run(directory, "show", gitRef + ":./" + Path.GetFileName(full));
        if (shown.ExitCode != 0)
        {
            throw CliException.BadInput(
                $"{path} does not exist at {gitRef} (git: {shown.Error.Trim()}). Compare with a ref that has the file, or pass the old contract file instead.");
        }

        return shown.Output;
    }

    private static (int ExitCode, byte[] Output, string Error) Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(directory);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("git did not start.");
        }
        catch (Win32Exception failure)
        {
            throw CliException.BadInput($"--against needs git on the PATH: {failure.Message}. Install git, or pass the old contract file instead.");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return (process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
        }
    }
}
