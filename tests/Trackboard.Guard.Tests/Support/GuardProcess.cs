using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Trackboard.Guard.Tests.Support;

/// <summary>The real <c>trackboard-guard</c> executable in its own process: <c>serve</c> to signal or kill, or one command to run to its end.</summary>
internal sealed partial class GuardProcess : IDisposable
{
    private readonly StringBuilder _output = new();

    private GuardProcess(Process process) => Process = process;

    public Process Process { get; }

    public string Url { get; private set; } = "";

    /// <summary>Everything written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>serve --config</c> (with these environment variables added) and returns once <c>/health/ready</c> answers 200.</summary>
    public static async Task<GuardProcess> StartAsync(string config, IReadOnlyDictionary<string, string>? environment = null)
    {
        var guard = new GuardProcess(Process.Start(StartInfo(["serve", "--config", config], environment))!);
        var url = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        guard.Process.OutputDataReceived += (_, e) =>
        {
            guard.Append(e.Data);
            if (e.Data is { } line && ListeningOn().Match(line) is { Success: true } match)
            {
                url.TrySetResult(match.Groups[1].Value);
            }
        };
        guard.Process.ErrorDataReceived += (_, e) => guard.Append(e.Data);
        guard.Process.BeginOutputReadLine();
        guard.Process.BeginErrorReadLine();
        guard.Url = await url.Task.WaitAsync(TimeSpan.FromSeconds(60));
        using var client = new HttpClient();
        await Eventually.TrueAsync(() => client.GetAsync(guard.Url + "/health/ready").Result.IsSuccessStatusCode, "Guard ready", 30);
        return guard;
    }

    /// <summary>Runs one command (<c>dlq export</c>, <c>replay</c>, ...) to its end.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args, null))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Sends a POSIX signal (TERM, HUP, ...) with kill(1): .NET can only SIGKILL another process.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, Process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill();
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static ProcessStartInfo StartInfo(string[] args, IReadOnlyDictionary<string, string>? environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "trackboard-guard.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
