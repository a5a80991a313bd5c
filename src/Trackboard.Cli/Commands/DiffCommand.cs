using System.CommandLine;
using System.Text;
using Trackboard.Cli.Config;
using Trackboard.Cli.Io;
using Trackboard.Cli.Output;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Commands;

/// <summary>
/// <c>trackboard diff OLD NEW</c>: the breaking-change diff of DESIGN §4; with <c>--compat MODE</c> a
/// compatibility check against one or more earlier versions (<c>OLDEST … OLD NEW</c>).
/// </summary>
internal sealed class DiffCommand(CliContext context)
{
    private const string FailOnBreaking = "breaking";
    private const string FailOnSafe = "safe";
    private const string FailOnNone = "none";

    private readonly Argument<string[]> _contracts = new("contracts")
    {
        Description = "OLD NEW (or only NEW with --against). With --compat, earlier versions oldest first, then NEW.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string> _format = new("--format", "-f") { Description = "text, json, markdown, github (workflow annotations) or junit.", DefaultValueFactory = _ => OutputFormat.Text };
    private readonly Option<string> _failOn = new("--fail-on") { Description = "Exit 2 on breaking changes (default), on any breaking or safe change, or never (none).", DefaultValueFactory = _ => FailOnBreaking };
    private readonly Option<string?> _compat = new("--compat") { Description = "A compatibility mode: " + string.Join(", ", CompatibilityModes.Names) + "." };
    private readonly Option<string?> _against = new("--against") { Description = "A git ref: read OLD as NEW's file at that ref (git show REF:NEW)." };
    private readonly Option<string?> _config = new("--config") { Description = "trackboard.yaml with `diff: ignore:` rules." };

    public Command Build()
    {
        _format.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.Json, OutputFormat.Markdown, OutputFormat.GitHub, OutputFormat.JUnit);
        _failOn.AcceptOnlyFromAmong(FailOnBreaking, FailOnSafe, FailOnNone);
        _compat.AcceptOnlyFromAmong([.. CompatibilityModes.Names]);
        var command = new Command("diff", "Compare two contract versions. Exit 2 when the change is breaking (see --fail-on).")
        {
            _contracts, _format, _failOn, _compat, _against, _config,
        };
        command.SetAction(parse => Run(
            parse.GetRequiredValue(_contracts),
            parse.GetRequiredValue(_format),
            parse.GetRequiredValue(_failOn),
            parse.GetValue(_compat),
            parse.GetValue(_against),
            parse.GetValue(_config)));
        return command;
    }

    private int Run(string[] paths, string format, string failOn, string? compat, string? against, string? configPath)
    {
        CheckArity(paths, compat, against);
        var options = configPath is null ? DiffOptions.Default : DiffConfigReader.Read(configPath);
        var headPath = paths[^1];
        var headBytes = InputFiles.ReadAllBytes(headPath, "new contract");
        var earlier = against is null
            ? [.. paths[..^1].Select(p => ContractFiles.Load(p, context))]
            : new List<Contract> { ContractFiles.Load(GitHistory.Show(against, headPath), $"{against}:{headPath}", context) };
        var head = ContractFiles.Load(headBytes, headPath, context);
        var file = AnnotationPath(headPath);
        var lineOf = EventLines.LineOf(Encoding.UTF8.GetString(headBytes));

        if (compat is not null)
        {
            CompatibilityModes.TryParse(compat, out var mode);
            if (format == OutputFormat.JUnit)
            {
                throw CliException.Usage("--format junit is not available with --compat; use text, json, markdown or github.");
            }

            var report = ContractDiff.CheckCompatibility(earlier, head, mode, options);
            context.Out.Write(format switch
            {
                OutputFormat.Json => DiffReport.ToJson(report) + "\n",
                OutputFormat.Markdown => CompatibilityText.ToMarkdown(report),
                OutputFormat.GitHub => CompatibilityText.ToGitHub(report, file, lineOf),
                _ => CompatibilityText.ToText(report, context.OutIsTerminal),
            });
            return report.Compatible || failOn == FailOnNone ? ExitCodes.Ok : ExitCodes.Breaking;
        }

        var result = ContractDiff.Compare(earlier[0], head, options);
        context.Out.Write(format switch
        {
            OutputFormat.Json => DiffReport.ToJson(result) + "\n",
            OutputFormat.Markdown => DiffReport.ToMarkdown(result),
            OutputFormat.GitHub => DiffReport.ToGitHub(result, file, lineOf),
            OutputFormat.JUnit => DiffReport.ToJUnit(result),
            _ => DiffReport.ToText(result, context.OutIsTerminal),
        });
        var fails = failOn switch
        {
            FailOnBreaking => result.Summary.BreakingCount > 0,
            FailOnSafe => result.Summary.BreakingCount + result.Summary.SafeCount > 0,
            _ => false,
        };
        return fails ? ExitCodes.Breaking : ExitCodes.Ok;
    }

    private static void CheckArity(string[] paths, string? compat, string? against)
    {
        if (against is not null && paths.Length != 1)
        {
            throw CliException.Usage($"--against {against} reads OLD from git: pass only NEW (got {paths.Length} files).");
        }

        if (against is null && compat is null && paths.Length != 2)
        {
            throw CliException.Usage($"diff needs OLD and NEW (got {paths.Length} file(s)); or pass NEW with --against <git-ref>.");
        }

        if (against is null && compat is not null && paths.Length < 2)
        {
            throw CliException.Usage("--compat needs at least one earlier version before NEW, or --against <git-ref>.");
        }
    }

    // Annotations name the file relative to the working directory (the repository root in a workflow).
    private static string AnnotationPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(path));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
