using System.Text;
using Trackboard.Cli;

// Buffered stdout: validate may print many lines; Console.Out flushes after every write.
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
var context = new CliContext
{
    Out = stdout,
    Error = Console.Error,
    OutIsTerminal = !Console.IsOutputRedirected,
    ErrorIsTerminal = !Console.IsErrorRedirected,
};
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await CliApp.RunAsync(args, context, cancellation.Token);
