using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// The exported JSON Schema must accept exactly the events the validator accepts (DESIGN §3, §6). Generated
/// payloads go through both validator paths and through Ajv 8 (draft 2020-12, ajv-formats full mode) with
/// the bundle and with the event's own schema; every verdict must agree.
/// </summary>
public sealed class AjvDifferentialTests
{
    private const int MaxListed = 20;

    [FactRequiringTool(ExternalTools.Node, "ajv", "ajv-formats")]
    public void Validate_GeneratedPayloads_AjvAgreesWithValidator()
    {
        ExternalTools.Require(ExternalTools.Node, "ajv", "ajv-formats");
        var sets = DifferentialCorpus.Sets;

        var disagreements = Compare(sets);

        var total = sets.Sum(s => s.Cases.Count);
        Assert.True(total >= 10_000, $"Only {total} payloads were generated; the differential test needs at least 10,000.");
        Assert.True(disagreements.Count == 0, Report(disagreements, total));
    }

    [Fact]
    public void Validate_GeneratedPayloads_VerdictIsWhatTheGeneratorBuilt()
    {
        var wrong = new List<string>();
        var checkedCount = 0;
        foreach (var set in DifferentialCorpus.Sets.Where(s => s.Curated))
        {
            foreach (var payload in set.Cases.Where(c => c.Intended is not null))
            {
                checkedCount++;
                var result = ValidateDocument(set, payload.Json);
                if (result.Valid != payload.Intended)
                {
                    wrong.Add($"{set.Name} / {payload.Event} / {payload.Label}: built to be {Verdict(payload.Intended!.Value)}, "
                        + $"validator says {Describe(result)}\n    payload: {payload.Json}");
                }
            }
        }

        Assert.True(checkedCount > 5_000, $"Only {checkedCount} payloads had a known intended verdict.");
        Assert.True(wrong.Count == 0,
            $"{wrong.Count} of {checkedCount} payloads got another verdict than the one they were built for:\n" + string.Join("\n", wrong.Take(MaxListed)));
    }

    [Fact]
    public void Validate_GeneratedPayloads_DocumentAndCompiledPathsReportTheSameViolations()
    {
        var different = new List<string>();
        var total = 0;
        foreach (var set in DifferentialCorpus.Sets)
        {
            var compiled = CompiledContract.Compile(set.Contract);
            foreach (var payload in set.Cases)
            {
                total++;
                var document = ValidateDocument(set, payload.Json);
                var bytes = compiled.Validate(Encoding.UTF8.GetBytes(payload.Json));
                if (!document.Violations.SequenceEqual(bytes.Violations))
                {
                    different.Add($"{set.Name} / {payload.Event} / {payload.Label}\n    payload: {payload.Json}\n"
                        + $"    document: {Describe(document)}\n    compiled: {Describe(bytes)}");
                }
            }
        }

        Assert.True(different.Count == 0, $"{different.Count} of {total} payloads differ:\n" + string.Join("\n", different.Take(MaxListed)));
    }

    [Fact]
    public void Generate_SameSeed_SamePayloads()
    {
        var contract = DifferentialCorpus.Sets.Single(s => s.Name == "synthetic").Contract;

        var first = new PayloadGenerator(contract, seed: 7).Generate(2).ToList();
        var second = new PayloadGenerator(contract, seed: 7).Generate(2).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first, new PayloadGenerator(contract, seed: 8).Generate(2).ToList());
    }

    private static List<string> Compare(IReadOnlyList<DifferentialCorpus.Set> sets)
    {
        var verdicts = AjvRunner.Run([.. sets.Select(s => (s.Contract, s.Cases))]);
        var disagreements = new List<string>();
        var index = 0;
        foreach (var set in sets)
        {
            var compiled = CompiledContract.Compile(set.Contract);
            foreach (var payload in set.Cases)
            {
                var ajv = verdicts[index++];
                var document = ValidateDocument(set, payload.Json);
                var bytes = compiled.Validate(Encoding.UTF8.GetBytes(payload.Json));
                if (document.Valid != bytes.Valid || document.Valid != ajv.Bundle || document.Valid != ajv.Event)
                {
                    disagreements.Add($"{set.Name} / {payload.Event} / {payload.Label}\n    payload: {payload.Json}\n"
                        + $"    Trackboard: {Describe(document)}; compiled path: {Verdict(bytes.Valid)}; "
                        + $"Ajv bundle: {Verdict(ajv.Bundle)}; Ajv event schema: {Verdict(ajv.Event)}");
                }
            }
        }

        return disagreements;
    }

    private static ValidationResult ValidateDocument(DifferentialCorpus.Set set, string json)
    {
        using var document = JsonDocument.Parse(json);
        return EventValidator.Validate(set.Contract, document.RootElement);
    }

    private static string Report(List<string> disagreements, int total) =>
        $"{disagreements.Count} of {total} payloads got different verdicts (first {Math.Min(MaxListed, disagreements.Count)}):\n"
        + string.Join("\n", disagreements.Take(MaxListed));

    private static string Verdict(bool valid) => valid ? "valid" : "invalid";

    private static string Describe(ValidationResult result) =>
        Verdict(result.Valid) + (result.Violations.Count == 0 ? "" : " (" + string.Join(", ", result.Violations.Select(v => $"{v.Code} at {v.Path}")) + ")");
}
