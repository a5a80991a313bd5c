using BenchmarkDotNet.Running;
using Trackboard.Benchmarks;
using Trackboard.Contracts.JsonSchema;

// `export-ajv-inputs DIR` writes the schema and events bench/ajv/bench.mjs times, so Ajv sees the same bytes.
if (args is ["export-ajv-inputs", var directory])
{
    Directory.CreateDirectory(directory);
    File.WriteAllBytes(Path.Combine(directory, "bundle.schema.json"), JsonSchemaExporter.ExportBundle(BenchData.Contract));
    File.WriteAllBytes(Path.Combine(directory, "reference.json"), BenchData.ReferenceEvent);
    File.WriteAllBytes(Path.Combine(directory, "nested-2kb.json"), BenchData.NestedEvent);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
