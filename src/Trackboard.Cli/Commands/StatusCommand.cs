using System.CommandLine;
using Trackboard.Cli.Io;
using Trackboard.Cli.Status;

namespace Trackboard.Cli.Commands;

/// <summary>
/// <c>trackboard status --contract C --src DIR</c>: which events have a call of their generated helper in the
/// code (DESIGN §7), found by skipping comments and strings (Roslyn for C#), never by a plain text search.
/// </summary>
internal sealed class StatusCommand(CliContext context)
{
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file.", Required = true };
    private readonly Option<string> _src = new("--src") { Description = "The source directory to scan (TypeScript/JavaScript, Python, Go, Java, Kotlin, C#).", Required = true };
    private readonly Option<string> _format = new("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => OutputFormat.Text };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("status", "Show which events have a call of their generated tracking helper in the source; exit 1 when an active event has none.")
        {
            _contract, _src, _format,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(_contract), parse.GetRequiredValue(_src), parse.GetRequiredValue(_format)));
        return command;
    }

    private int Run(string contractPath, string src, string format)
    {
        var contract = ContractFiles.Load(contractPath, context);
        if (!Directory.Exists(src))
        {
            throw CliException.BadInput(File.Exists(src)
                ? $"--src {src} is a file; give the directory that holds your source code."
                : $"--src {src} does not exist; give the directory that holds your source code.");
        }

        var scan = SourceScanner.Scan(contract, Path.GetFullPath(src), warning => context.Error.WriteLine("warning: " + warning));
        var report = new StatusReport(contract, scan);
        context.Out.Write(format == OutputFormat.Json ? report.ToJson() + "\n" : report.ToText());
        var missing = report.Missing;
        context.Error.WriteLine($"{contract.Events.Count} event(s), {missing.Count} missing; {scan.CallSites.Count} call site(s) in {scan.FilesScanned} file(s) " +
            $"({scan.GeneratedFilesSkipped} generated file(s) skipped).");
        if (missing.Count > 0)
        {
            context.Error.WriteLine("Missing: " + string.Join(", ", missing) + ". Call their generated helpers, or mark them planned in the plan.");
        }

        return missing.Count > 0 ? ExitCodes.Invalid : ExitCodes.Ok;
    }
}
