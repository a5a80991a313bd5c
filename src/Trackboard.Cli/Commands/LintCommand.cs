using System.CommandLine;
using Trackboard.Cli.Config;
using Trackboard.Cli.Io;
using Trackboard.Contracts.Lint;

namespace Trackboard.Cli.Commands;

/// <summary><c>trackboard lint --contract C</c>: naming lint and semantic duplicates (DESIGN §5, docs/lint.md).</summary>
internal sealed class LintCommand(CliContext context)
{
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file.", Required = true };
    private readonly Option<bool> _strict = new("--strict") { Description = "Fail on warnings too, not only on errors." };
    private readonly Option<double?> _threshold = new("--threshold") { Description = "Consistency score (0-100) from which two events are reported as duplicates; default 82." };
    private readonly Option<string?> _config = new("--config") { Description = "trackboard.yaml with a `lint:` section: casing, word_order, rules (off|error|warning|info), consistency_threshold." };
    private readonly Option<string> _format = new("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => OutputFormat.Text };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("lint", "Check naming, descriptions, owners, type conflicts, undeclared PII and likely duplicate events.")
        {
            _contract, _strict, _threshold, _config, _format,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(_contract), parse.GetValue(_strict), parse.GetValue(_threshold), parse.GetValue(_config), parse.GetRequiredValue(_format)));
        return command;
    }

    private int Run(string contractPath, bool strict, double? threshold, string? configPath, string format)
    {
        if (threshold is < 0 or > 100)
        {
            throw CliException.Usage($"--threshold must be between 0 and 100, not {threshold}.");
        }

        var configured = configPath is null ? LintOptions.Default : LintConfigReader.Read(configPath);
        var contract = ContractFiles.Load(contractPath, context);
        var options = threshold is { } t ? configured with { ConsistencyThreshold = t } : configured;
        var report = ContractLinter.Lint(contract, options);
        context.Out.Write(format == OutputFormat.Json ? report.ToJson() + "\n" : report.ToText());
        var fails = report.Fails(strict);
        context.Error.WriteLine($"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} note(s){(fails ? ": lint failed" : "")}.");
        return fails ? ExitCodes.Invalid : ExitCodes.Ok;
    }
}
