using System.Text;
using BenchmarkDotNet.Attributes;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Benchmarks;

/// <summary>
/// The breaking-change diff of two generated 2,000-event × 20-property plans. The second plan tightens every
/// integer range and drops an enum value from every enum, so the diff reports tens of thousands of changes.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private Contract _before = null!;
    private Contract _after = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plan = PlanBenchmarks.GeneratePlan(2000, 20);
        var changed = Encoding.UTF8.GetString(plan)
            .Replace("\"version_number\":3", "\"version_number\":4", StringComparison.Ordinal)
            .Replace("{\"min\":0,\"max\":1000}", "{\"min\":1,\"max\":1000}", StringComparison.Ordinal)
            .Replace("[\"a\",\"b\",\"c\"]", "[\"a\",\"b\"]", StringComparison.Ordinal);
        _before = ContractLoader.Load(plan).Contract!;
        _after = ContractLoader.Load(Encoding.UTF8.GetBytes(changed)).Contract!;
    }

    [Benchmark]
    public int Compare() => ContractDiff.Compare(_before, _after).Changes.Count;
}
