using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Json.Schema;
using Trackboard.Contracts.JsonSchema;

namespace Trackboard.Benchmarks;

/// <summary>The same events, bytes to verdict, through JsonSchema.Net 8.0.5 on the exported bundle schema.</summary>
[MemoryDiagnoser]
public class JsonSchemaNetBenchmarks
{
    private JsonSchema _schema = null!;
    private byte[] _bytes = [];
    private readonly EvaluationOptions _options = new() { OutputFormat = OutputFormat.Flag, RequireFormatValidation = true };

    [Params("reference", "nested-2kb")]
    public string Event { get; set; } = "reference";

    [GlobalSetup]
    public void Setup()
    {
        // JsonSchema.Net refuses to register one $id twice in a process, so each setup gets its own.
        var bundle = Encoding.UTF8.GetString(JsonSchemaExporter.ExportBundle(BenchData.Contract))
            .Replace("trackboard://plan_bench/", $"trackboard://bench-{Guid.NewGuid():N}/", StringComparison.Ordinal);
        _schema = JsonSchema.FromText(bundle);
        _bytes = Event == "reference" ? BenchData.ReferenceEvent : BenchData.NestedEvent;
        if (!Evaluate())
        {
            throw new InvalidOperationException("benchmark event must be valid for JsonSchema.Net too");
        }
    }

    [Benchmark]
    public bool Evaluate()
    {
        using var document = JsonDocument.Parse(_bytes);
        return _schema.Evaluate(document.RootElement, _options).IsValid;
    }
}
