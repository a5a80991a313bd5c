using System.Diagnostics;

namespace Trackboard.Cli.Tests.Support;

/// <summary>Runs a real process and captures its output.</summary>
internal static class ProcessRun
{
    /// <summary>The built CLI next to the test assembly, as a command line: <c>dotnet …/trackboard.dll</c>.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "trackboard.dll");

    public static CliRun Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} did not finish in 5 minutes.");
        }

        return new CliRun(process.ExitCode, output, error.Result);
    }

    /// <summary>Runs the built CLI as its own process.</summary>
    public static CliRun Cli(params string[] arguments) => Run("dotnet", [CliDll, .. arguments]);
}
