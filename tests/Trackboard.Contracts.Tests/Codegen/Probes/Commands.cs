using System.Diagnostics;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// Compilers and runtimes on the PATH that the typed targets' tests drive (<c>javac</c>, <c>kotlinc</c>, …).
/// <c>scripts/test.sh</c> installs them; with TRACKBOARD_CI=1 a missing one fails the test instead of skipping it.
/// </summary>
internal static class Commands
{
    private static readonly Dictionary<string, string> s_packages = new(StringComparer.Ordinal)
    {
        ["javac"] = "default-jdk-headless",
        ["java"] = "default-jdk-headless",
        ["kotlinc"] = "kotlin",
        ["kotlin"] = "kotlin",
    };

    public static string? MissingReason(IEnumerable<string> commands)
    {
        var missing = commands.Where(c => Find(c) is null).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var packages = missing.Select(c => s_packages.GetValueOrDefault(c, c)).Distinct(StringComparer.Ordinal);
        return $"Missing {string.Join(", ", missing)} on the PATH: apt-get install {string.Join(' ', packages)} (scripts/test.sh does).";
    }

    /// <summary>Fails the test when a command is missing (reached only under TRACKBOARD_CI=1, where nothing is skipped).</summary>
    public static void Require(params string[] commands)
    {
        if (MissingReason(commands) is { } reason)
        {
            Assert.Fail("TRACKBOARD_CI=1 and the test needs external commands. " + reason);
        }
    }

    public static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs a command to completion (killing it after <paramref name="timeout"/>) and returns its exit code and output.</summary>
    public static async Task<CommandResult> RunAsync(string command, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Find(command) ?? command)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + command);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{command} did not finish within {timeout}.");
        }

        return new CommandResult(process.ExitCode, await stdout, await stderr);
    }
}
