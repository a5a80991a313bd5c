using System.CommandLine;
using Spectre.Console;
using Trackboard.Cli.Io;
using Trackboard.Cli.Output;
using Trackboard.Contracts.Validation;

namespace Trackboard.Cli.Commands;

/// <summary><c>trackboard validate --contract C --event E</c>: one event, a JSON array, or NDJSON streamed line by line.</summary>
internal sealed class ValidateCommand(CliContext context)
{
    private const int ProgressEvery = 8192;

    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file (trackboard.contract.v1 JSON).", Required = true };
    private readonly Option<string> _event = new("--event", "-e") { Description = "The events: one JSON event, a JSON array, or NDJSON (one event per line).", Required = true };
    private readonly Option<string> _format = new("--format", "-f") { Description = "text (for people) or json (data only on stdout).", DefaultValueFactory = _ => OutputFormat.Text };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("validate", "Validate events against a contract. Exit 0 when all are valid, 1 when any is invalid.")
        {
            _contract, _event, _format,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(_contract), parse.GetRequiredValue(_event), parse.GetRequiredValue(_format)));
        return command;
    }

    private int Run(string contractPath, string eventsPath, string format)
    {
        var compiled = CompiledContract.Compile(ContractFiles.Load(contractPath, context));
        var kind = EventInputDetector.Detect(eventsPath);
        ValidationReport report = format == OutputFormat.Json ? new JsonValidationReport(context.Out, eventsPath) : new TextValidationReport(context.Out, eventsPath);
        switch (kind)
        {
            case EventInputKind.Ndjson:
                ValidateNdjson(compiled, eventsPath, report);
                break;
            case EventInputKind.Array:
                ValidateArray(compiled, eventsPath, report);
                break;
            default:
                ValidateSingle(compiled, eventsPath, report);
                break;
        }

        report.Finish();
        return report.Tally.Invalid == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private static void ValidateSingle(CompiledContract compiled, string path, ValidationReport report)
    {
        using var document = InputFiles.ReadJson(path, "event");
        report.Add(EventLocation.WholeFile, EventValidator.Validate(compiled.Contract, document.RootElement));
    }

    private static void ValidateArray(CompiledContract compiled, string path, ValidationReport report)
    {
        using var document = InputFiles.ReadJson(path, "events array");
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            report.Add(new EventLocation(null, index++), EventValidator.Validate(compiled.Contract, element));
        }
    }

    private void ValidateNdjson(CompiledContract compiled, string path, ValidationReport report)
    {
        using var stream = InputFiles.OpenRead(path, "events");
        // The bar shares no stream with the report: it is drawn only when stderr is a terminal and stdout is not.
        if (!context.ErrorIsTerminal || context.OutIsTerminal)
        {
            ValidateLines(compiled, new LineReader(stream), report, null);
            return;
        }

        // Spectre's own detection looks at the process's console, which may say no on a terminal it does not
        // recognize; we already know stderr is a terminal, so the bar is drawn with ANSI, live.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Error),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
        });
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("validating", maxValue: Math.Max(1, stream.Length));
                ValidateLines(compiled, new LineReader(stream), report, consumed => task.Value = consumed);
                task.Value = task.MaxValue;
            });
    }

    private static void ValidateLines(CompiledContract compiled, LineReader lines, ValidationReport report, Action<long>? progress)
    {
        while (lines.TryReadLine(out var line))
        {
            var trimmed = EventInputDetector.Trim(line);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            // A malformed line is one invalid_json result with its line number; the lines after it still count.
            report.Add(new EventLocation(lines.LineNumber, null), compiled.Validate(trimmed));
            if (progress is not null && lines.LineNumber % ProgressEvery == 0)
            {
                progress(lines.Consumed);
            }
        }
    }
}
