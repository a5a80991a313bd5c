using System.CommandLine;
using System.Text;
using Trackboard.Cli.Import;
using Trackboard.Cli.Io;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Import;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Commands;

/// <summary><c>trackboard import csv|segment|json-schema FILE --out contract.json</c>.</summary>
internal sealed class ImportCommand(CliContext context)
{
    private readonly Option<string?> _out = new("--out", "-o") { Description = "The contract file to write; without it the contract goes to stdout." };
    private readonly Option<string?> _planId = new("--plan-id") { Description = "plan_id of the new contract." };
    private readonly Option<string?> _name = new("--name") { Description = "name of the new contract." };
    private readonly Option<bool> _skipInvalid = new("--skip-invalid") { Description = "Write the contract without the bad rows or nodes (each is still reported) instead of writing nothing." };

    public Command Build() => new("import", "Create a contract from a CSV template, a Segment Protocols tracking plan or JSON Schema.")
    {
        Subcommand("csv", "The one-row-per-property CSV template of docs/import-csv.md.", ImportCsv),
        Subcommand("segment", "A Segment Protocols tracking plan (Config API or Public API JSON).", ImportSegment),
        Subcommand("json-schema", "JSON Schema as `trackboard export json-schema` writes it: a bundle, an event schema, or the exported directory.", ImportJsonSchema),
    };

    private Command Subcommand(string name, string description, Func<string, Contract, ImportResult> import)
    {
        var file = new Argument<string>("file") { Description = "The file to import." };
        var command = new Command(name, description) { file, _out, _planId, _name, _skipInvalid };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            var metadata = new Contract { PlanId = parse.GetValue(_planId), Name = parse.GetValue(_name) };
            return Run(path, import(path, metadata), parse.GetValue(_out), parse.GetValue(_skipInvalid));
        });
        return command;
    }

    private int Run(string path, ImportResult result, string? outPath, bool skipInvalid)
    {
        var problems = result.Problems.Select(p => $"{path}: {p}").ToList();
        if (problems.Count > 0 && !skipInvalid)
        {
            throw CliException.BadInput(
                $"{path}: {problems.Count} problem(s); nothing was written. Fix them, or pass --skip-invalid to import the rest.", problems);
        }

        var bytes = ContractWriter.ToFileBytes(result.Contract, path);
        foreach (var problem in problems)
        {
            context.Error.WriteLine("skipped: " + problem);
        }

        ContractWriter.Write(bytes, outPath, context);
        if (outPath is not null)
        {
            context.Error.WriteLine($"Wrote {outPath}: {result.Contract.Events.Count} event(s), {ContractHasher.Hash(result.Contract)}.");
        }

        return ExitCodes.Ok;
    }

    private static ImportResult ImportCsv(string path, Contract metadata)
    {
        var text = Encoding.UTF8.GetString(InputFiles.ReadAllBytes(path, "CSV"));
        return CsvImporter.Import(text, metadata with { Name = metadata.Name ?? Path.GetFileNameWithoutExtension(path) });
    }

    private static ImportResult ImportSegment(string path, Contract metadata)
    {
        using var document = InputFiles.ReadJson(path, "Segment tracking plan");
        return SegmentImporter.Import(document.RootElement, path, metadata);
    }

    private static ImportResult ImportJsonSchema(string path, Contract metadata)
    {
        var files = Directory.Exists(path) ? SchemaFiles(path) : [InputFiles.Require(path, "JSON Schema")];
        var documents = files.Select(f => InputFiles.ReadJson(f, "JSON Schema")).ToList();
        try
        {
            return JsonSchemaImporter.Import([.. files.Zip(documents, (f, d) => (f, d.RootElement))], metadata);
        }
        finally
        {
            documents.ForEach(d => d.Dispose());
        }
    }

    // The exported directory: the bundle when present (it holds every event), else every event schema.
    private static List<string> SchemaFiles(string directory)
    {
        var bundle = Path.Combine(directory, "bundle.schema.json");
        if (File.Exists(bundle))
        {
            return [bundle];
        }

        var files = Directory.GetFiles(directory, "*.schema.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count > 0
            ? files
            : throw CliException.BadInput($"{directory} holds no *.schema.json files; pass the directory `trackboard export json-schema --out` wrote, or one schema file.");
    }
}
