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

// `cpu-time codegen|codegen-targets|diff|diff-few [ITERATIONS]`: CPU time per operation, for figures taken on a shared machine.
if (args is ["cpu-time", var what, .. var rest])
{
    CpuTime.Run(what, rest is [var count] ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture) : 10);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
