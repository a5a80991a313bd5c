using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Trackboard.Contracts.Validation;

namespace Trackboard.Benchmarks;

/// <summary>Bytes to verdict: the compiled validator against a bare reader scan (the parse limit) and the document path.</summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private CompiledContract _compiled = null!;

    [Params("reference", "nested-2kb")]
    public string Event { get; set; } = "reference";

    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _compiled = CompiledContract.Compile(BenchData.Contract);
        _bytes = Event == "reference" ? BenchData.ReferenceEvent : BenchData.NestedEvent;
        if (!_compiled.Validate(_bytes).Valid)
        {
            throw new InvalidOperationException("benchmark event must be valid");
        }
    }

    [Benchmark(Baseline = true)]
    public int BareUtf8JsonReaderScan()
    {
        var reader = new Utf8JsonReader(_bytes);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public bool CompiledValidator() => _compiled.Validate(_bytes).Valid;

    [Benchmark]
    public bool DocumentValidator()
    {
        using var document = JsonDocument.Parse(_bytes);
        return EventValidator.Validate(BenchData.Contract, document.RootElement).Valid;
    }
}
