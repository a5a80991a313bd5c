using System.CommandLine;
using Trackboard.Cli.Io;
using Trackboard.Contracts.Codegen;

namespace Trackboard.Cli.Commands;

/// <summary><c>trackboard codegen TARGET --contract C --out DIR</c>: every target of <see cref="CodegenTargets"/>.</summary>
internal sealed class CodegenCommand(CliContext context)
{
    private readonly Argument<string> _target = new("target") { Description = "The target: " + string.Join(", ", CodegenTargets.Names) + "." };
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file.", Required = true };
    private readonly Option<string> _out = new("--out", "-o") { Description = "The directory to write the generated files to.", Required = true };
    private readonly Option<string?> _namespace = new("--namespace") { Description = "Namespace, package or module name for targets that have one." };

    public Command Build()
    {
        _target.AcceptOnlyFromAmong([.. CodegenTargets.Names]);
        var command = new Command("codegen", "Generate typed tracking code (or schemas) from a contract.") { _target, _contract, _out, _namespace };
        command.SetAction(parse => Run(parse.GetRequiredValue(_target), parse.GetRequiredValue(_contract), parse.GetRequiredValue(_out), parse.GetValue(_namespace)));
        return command;
    }

    private int Run(string target, string contractPath, string outDirectory, string? ns)
    {
        var contract = ContractFiles.Load(contractPath, context);
        var generator = CodegenTargets.Find(target) ?? throw CliException.Usage($"unknown target '{target}'; use one of {string.Join(", ", CodegenTargets.Names)}.");
        IReadOnlyList<GeneratedFile> files;
        try
        {
            files = generator.Generate(contract, new CodegenOptions { Namespace = ns });
        }
        catch (CodegenException failure)
        {
            var names = failure.SourceNames.Count > 0 ? " (" + string.Join(", ", failure.SourceNames) + ")" : "";
            throw CliException.BadInput($"{contractPath}: {failure.Code}{names}: {failure.Message} Rename one of them in the contract; nothing was written.");
        }

        AtomicOutput.WriteDirectory(outDirectory, files);
        context.Error.WriteLine($"Wrote {files.Count} {generator.DisplayName} file(s) to {outDirectory}.");
        return ExitCodes.Ok;
    }
}
