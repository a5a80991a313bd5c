using System.Diagnostics;

namespace Trackboard.Cli.Tests.Support;

/// <summary>Runs git in a test repository.</summary>
internal static class Git
{
    public static void Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
    }

    /// <summary>A repository whose HEAD has <paramref name="committed"/> as contract.json and whose work tree has <paramref name="working"/>.</summary>
    public static string RepositoryWithChange(TempDirectory temp, string committed, string working)
    {
        Run(temp.Path, "init", "-q", "-b", "main");
        var path = temp.File("contract.json");
        File.Copy(committed, path);
        Run(temp.Path, "add", "contract.json");
        Run(temp.Path, "commit", "-q", "-m", "v1");
        File.Copy(working, path, overwrite: true);
        return path;
    }
}
