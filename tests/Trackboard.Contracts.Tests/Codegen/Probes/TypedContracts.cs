using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// The contracts the typed targets are tested on: the seed contract (read in place), every
/// <c>examples/contracts/*.json</c>, and the kitchen sink and an empty contract under <c>TestData/codegen-typed</c>.
/// </summary>
internal static class TypedContracts
{
    public const string Seed = "seed-web-analytics.v1";
    public const string KitchenSink = "kitchen-sink";
    public const string Empty = "empty";

    public static IReadOnlyList<string> Names { get; } = [Seed, KitchenSink, Empty, .. ExampleNames()];

    public static TheoryData<string> All => [.. Names];

    public static Contract Load(string name)
    {
        var result = ContractLoader.LoadFile(PathOf(name));
        Assert.True(result.Success, string.Join('\n', result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Contract!;
    }

    public static Contract Parse(string json)
    {
        var result = ContractLoader.Load(json);
        Assert.True(result.Success, string.Join('\n', result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Contract!;
    }

    public static string PathOf(string name) => name switch
    {
        Seed => TestPaths.SeedExamples("contracts", "web-analytics.v1.json"),
        KitchenSink or Empty => TestPaths.TestData("codegen-typed", name + ".contract.json"),
        _ => TestPaths.Examples("contracts", name["examples-".Length..] + ".json"),
    };

    private static IEnumerable<string> ExampleNames()
    {
        var directory = TestPaths.Examples("contracts");
        return Directory.Exists(directory)
            ? Directory.GetFiles(directory, "*.json").Select(p => "examples-" + Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)
            : [];
    }
}
