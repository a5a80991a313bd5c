using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// The contracts and generated payloads of the differential test: the seed contracts, every loadable
/// <c>examples/contracts/*.json</c> of the repository, and the synthetic contract that uses every type and constraint.
/// </summary>
internal static class DifferentialCorpus
{
    public sealed record Set(string Name, Contract Contract, bool Curated, IReadOnlyList<PayloadCase> Cases);

    private static readonly Lazy<IReadOnlyList<Set>> s_sets = new(Build);

    public static IReadOnlyList<Set> Sets => s_sets.Value;

    public static IReadOnlyList<Set> Build()
    {
        var sources = new List<(string Name, Contract Contract, bool Curated, int Bases)>
        {
            ("seed web-analytics.v1", Load(TestPaths.SeedExamples("contracts", "web-analytics.v1.json")), true, 60),
            ("seed web-analytics.breaking", Load(TestPaths.SeedExamples("contracts", "web-analytics.breaking.json")), true, 30),
            ("synthetic", Load(TestPaths.TestData("schema", "synthetic.contract.json")), true, 12),
        };
        var examples = TestPaths.Examples("contracts");
        var files = Directory.Exists(examples) ? Directory.GetFiles(examples, "*.json").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
        foreach (var file in files)
        {
            // Example folders may hold deliberately broken contracts; only loadable ones take part.
            if (ContractLoader.LoadFile(file).Contract is { } contract)
            {
                sources.Add(("examples/contracts/" + Path.GetFileName(file), contract, false, 8));
            }
        }

        return [.. sources.Select((source, index) => new Set(source.Name, source.Contract, source.Curated,
            [.. new PayloadGenerator(source.Contract, seed: 20_260_000 + index).Generate(source.Bases)]))];
    }

    private static Contract Load(string path)
    {
        var result = ContractLoader.LoadFile(path);
        Assert.True(result.Success, $"{path} does not load: " + string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Contract!;
    }
}
