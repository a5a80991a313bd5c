#:project ../src/Trackboard.Contracts/Trackboard.Contracts.csproj
// A five-minute tour of the Contracts library. Run from the repository root: dotnet run examples/tour.cs
using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Validation;

var loaded = ContractLoader.LoadFile("examples/contracts/web-analytics.v1.json");
foreach (var diagnostic in loaded.Diagnostics)
{
    Console.WriteLine(diagnostic);
}

var contract = loaded.Contract!;
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
