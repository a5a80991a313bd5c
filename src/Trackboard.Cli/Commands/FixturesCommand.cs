using System.CommandLine;
using System.Text.Json;
using Trackboard.Cli.Io;
using Trackboard.Contracts.Codegen.Fixtures;

namespace Trackboard.Cli.Commands;

/// <summary>
/// <c>trackboard fixtures --contract C --out DIR</c>: valid and one-rule-broken sample events per event
/// (DESIGN §6), written by <see cref="FixtureGenerator"/>.
/// </summary>
internal sealed class FixturesCommand(CliContext context)
{
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file.", Required = true };
    private readonly Option<string> _out = new("--out", "-o") { Description = "The directory to write the fixtures and index.json to.", Required = true };

    public Command Build()
    {
        var command = new Command("fixtures", "Generate sample events per event: valid ones, and invalid ones that each break exactly one rule named in the file name.")
        {
            _contract, _out,
        };
        command.SetAction(parse => Run(parse.GetRequiredValue(_contract), parse.GetRequiredValue(_out)));
        return command;
    }

    private int Run(string contractPath, string outDirectory)
    {
        var contract = ContractFiles.Load(contractPath, context);
        var files = FixtureGenerator.Generate(contract);
        AtomicOutput.WriteDirectory(outDirectory, files);
        using var index = JsonDocument.Parse(files.Single(f => f.Path == FixtureGenerator.IndexFileName).Content);
        var valid = index.RootElement.EnumerateArray().Count(entry => entry.GetProperty("valid").GetBoolean());
        context.Error.WriteLine($"Wrote {valid} valid and {files.Count - 1 - valid} invalid fixture(s) and {FixtureGenerator.IndexFileName} to {outDirectory}.");
        return ExitCodes.Ok;
    }
}
