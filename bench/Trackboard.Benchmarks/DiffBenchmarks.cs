using System.Text;
using BenchmarkDotNet.Attributes;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Benchmarks;

/// <summary>
/// The breaking-change diff of two generated 2,000-event × 20-property plans: one that tightens every integer range
/// and drops an enum value from every enum (tens of thousands of changes), and one where ten events change.
/// </summary>
[MemoryDiagnoser]
public class DiffBenchmarks
{
    private Contract _before = null!;
    private Contract _after = null!;
    private Contract _fewChanged = null!;

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

        // A typical pull request: ten events change (a description each) and one loses a property.
        var few = Encoding.UTF8.GetString(plan).Replace("\"version_number\":3", "\"version_number\":4", StringComparison.Ordinal);
        for (var e = 0; e < 10; e++)
        {
            few = few.Replace($"\"Event number {e} of the large plan\"", $"\"Event number {e} of the large plan, revised\"", StringComparison.Ordinal);
        }

        const string LastFloat = ",{\"name\":\"prop_19\",\"type\":\"float\",\"required\":false,\"constraints\":{\"min\":0.5},\"description\":\"Property 19\"}]";
        var removed = few.IndexOf(LastFloat, StringComparison.Ordinal);
        few = few[..removed] + "]" + few[(removed + LastFloat.Length)..];
        _fewChanged = ContractLoader.Load(Encoding.UTF8.GetBytes(few)).Contract!;
    }

    /// <summary>Every event changes: tens of thousands of changes (the worst case).</summary>
    [Benchmark]
    public int Compare() => ContractDiff.Compare(_before, _after).Changes.Count;

    /// <summary>Ten events change: what a pull request usually brings.</summary>
    [Benchmark]
    public int CompareFewChanges() => ContractDiff.Compare(_before, _fewChanged).Changes.Count;
}
