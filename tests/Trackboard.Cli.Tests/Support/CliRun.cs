namespace Trackboard.Cli.Tests.Support;

/// <summary>What a command printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs <c>trackboard ARGS</c> in-process with captured writers.</summary>
    public static async Task<CliRun> InvokeAsync(params string[] args) => await InvokeAsync(new Dictionary<string, string>(), null, args);

    public static async Task<CliRun> InvokeAsync(IReadOnlyDictionary<string, string> environment, HttpMessageHandler? handler, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Out = output,
            Error = error,
            GetEnvironmentVariable = name => environment.GetValueOrDefault(name),
            HttpHandler = handler,
        };
        var code = await CliApp.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
