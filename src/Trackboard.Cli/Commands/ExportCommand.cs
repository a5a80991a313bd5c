using System.CommandLine;
using Trackboard.Cli.Io;
using Trackboard.Contracts.JsonSchema;

namespace Trackboard.Cli.Commands;

/// <summary><c>trackboard export json-schema --contract C [--out DIR]</c>.</summary>
internal sealed class ExportCommand(CliContext context)
{
    private readonly Option<string> _contract = new("--contract", "-c") { Description = "The contract file.", Required = true };
    private readonly Option<string?> _out = new("--out", "-o") { Description = "A directory for events/*.schema.json and bundle.schema.json; without it the bundle goes to stdout." };

    public Command Build()
    {
        var jsonSchema = new Command("json-schema", "JSON Schema (draft 2020-12): one schema per event and a bundle.") { _contract, _out };
        jsonSchema.SetAction(parse => Run(parse.GetRequiredValue(_contract), parse.GetValue(_out)));
        return new Command("export", "Export a contract to another format.") { jsonSchema };
    }

    private int Run(string contractPath, string? outDirectory)
    {
        var contract = ContractFiles.Load(contractPath, context);
        if (outDirectory is null)
        {
            context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(JsonSchemaExporter.ExportBundle(contract)));
            return ExitCodes.Ok;
        }

        var files = JsonSchemaExporter.ExportFiles(contract);
        AtomicOutput.WriteDirectory(outDirectory, files);
        context.Error.WriteLine($"Wrote {files.Count} file(s) to {outDirectory}.");
        return ExitCodes.Ok;
    }
}
