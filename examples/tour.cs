#:project ../src/Trackboard.Contracts/Trackboard.Contracts.csproj
// A five-minute tour of the Contracts library. Run from the repository root: dotnet run examples/tour.cs
using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.JsonSchema;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

var contract = Load("examples/contracts/web-analytics.v1.json");
Console.WriteLine($"hash        {ContractHasher.Hash(contract)}");
Console.WriteLine($"schema_hash {ContractHasher.SchemaHash(contract)}");
var canonical = Encoding.UTF8.GetString(CanonicalJson.Export(contract));
Console.WriteLine($"canonical   {canonical[..72]}... ({canonical.Length} chars)");

var compiled = CompiledContract.Compile(contract);
foreach (var file in new[] { "signup_completed.valid.json", "signup_completed.invalid.json" })
{
    var result = compiled.Validate(File.ReadAllBytes($"examples/events/{file}"));
    Console.WriteLine($"{file}: {(result.Valid ? "valid" : "invalid")}");
    foreach (var violation in result.Violations)
    {
        Console.WriteLine($"  {violation.Code} at {violation.Path}: {violation.Message}");
    }
}

foreach (var schema in JsonSchemaExporter.ExportFiles(contract))
{
    Console.WriteLine($"json schema {schema.Path}");
}

foreach (var revision in new[] { "web-analytics.v2.safe.json", "web-analytics.v2.breaking.json" })
{
    var diff = ContractDiff.Compare(contract, Load($"examples/contracts/{revision}"));
    Console.WriteLine($"diff v1 -> {revision}: {(diff.Breaking ? "breaking" : "not breaking")} "
        + $"({diff.Summary.BreakingCount} breaking, {diff.Summary.SafeCount} safe, {diff.Summary.InformationalCount} informational)");
    foreach (var change in diff.Changes.Where(c => c.Severity != ChangeSeverity.Informational))
    {
        Console.WriteLine($"  {change.Severity.ToString().ToLowerInvariant(),-8} {change.Code} in {change.Event}: {change.Message}");
    }
}

static Contract Load(string path)
{
    var loaded = ContractLoader.LoadFile(path);
    foreach (var diagnostic in loaded.Diagnostics)
    {
        Console.WriteLine($"{path}: {diagnostic}");
    }

    return loaded.Contract ?? throw new InvalidOperationException($"{path} does not load.");
}
