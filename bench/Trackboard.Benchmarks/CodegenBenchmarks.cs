using BenchmarkDotNet.Attributes;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Benchmarks;

/// <summary>Code generation for the generated 2,000-event × 20-property plan: each registered target, and all of them together.</summary>
[MemoryDiagnoser]
public class CodegenBenchmarks
{
    private const string AllTargets = "all";

    private Contract _contract = null!;

    public static IEnumerable<string> Targets => [AllTargets, .. CodegenTargets.Names];

    [ParamsSource(nameof(Targets))]
    public string Target { get; set; } = AllTargets;

    [GlobalSetup]
    public void Setup() => _contract = ContractLoader.Load(PlanBenchmarks.GeneratePlan(2000, 20)).Contract!;

    [Benchmark]
    public long Generate()
    {
        var generators = Target == AllTargets ? CodegenTargets.All : [CodegenTargets.Find(Target)!];
        long bytes = 0;
        foreach (var generator in generators)
        {
            foreach (var file in generator.Generate(_contract, CodegenOptions.Default))
            {
                bytes += file.Content.Length;
            }
        }

        return bytes;
    }
}
