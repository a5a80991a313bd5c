using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Trackboard.Contracts.JsonSchema;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// Runs Ajv once over many payloads: writes every contract's exported schemas and every payload as NDJSON
/// to a temporary directory, starts one node process with ajv-check.mjs, and reads one verdict per payload.
/// </summary>
internal static class AjvRunner
{
    public readonly record struct Verdict(bool Bundle, bool Event);

    public static string ScriptPath => Path.Combine(TestPaths.RepositoryRoot, "tests", "Trackboard.Contracts.Tests", "JsonSchema", "ajv-check.mjs");

    public static IReadOnlyList<Verdict> Run(IReadOnlyList<(Contract Contract, IReadOnlyList<PayloadCase> Cases)> sets)
    {
        var directory = Directory.CreateTempSubdirectory("trackboard-ajv-");
        try
        {
            var schemas = Path.Combine(directory.FullName, "schemas.ndjson");
            var payloads = Path.Combine(directory.FullName, "payloads.ndjson");
            File.WriteAllText(schemas, string.Concat(sets.Select(s => SchemaLine(s.Contract) + "\n")), new UTF8Encoding(false));
            using (var writer = new StreamWriter(payloads, append: false, new UTF8Encoding(false)))
            {
                for (var c = 0; c < sets.Count; c++)
                {
                    foreach (var payload in sets[c].Cases)
                    {
                        writer.Write($"{{\"c\":{c},\"e\":{JsonSerializer.Serialize(payload.Event)},\"p\":{payload.Json}}}\n");
                    }
                }
            }

            var lines = RunNode(schemas, payloads);
            var expectedCount = sets.Sum(s => s.Cases.Count);
            Assert.True(lines.Count == expectedCount, $"ajv-check.mjs printed {lines.Count} verdicts for {expectedCount} payloads.");
            return [.. lines.Select(Parse)];
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string SchemaLine(Contract contract)
    {
        var events = contract.Events.Select(e => e.EventName).Distinct(StringComparer.Ordinal)
            .Select(name => JsonSerializer.Serialize(name) + ":" + Encoding.UTF8.GetString(JsonSchemaExporter.ExportEvent(contract, name)));
        return $"{{\"bundle\":{Encoding.UTF8.GetString(JsonSchemaExporter.ExportBundle(contract))},\"events\":{{{string.Join(",", events)}}}}}";
    }

    private static List<string> RunNode(string schemas, string payloads)
    {
        var start = new ProcessStartInfo(ExternalTools.NodePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { ScriptPath, ExternalTools.ToolsDirectory, schemas, payloads },
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("ajv-check.mjs did not finish within 5 minutes.");
        }

        Assert.True(process.ExitCode == 0, $"ajv-check.mjs exited with {process.ExitCode}: {stderr.Result}");
        return [.. stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static Verdict Parse(string line) => line switch
    {
        "1 1" => new(true, true),
        "1 0" => new(true, false),
        "0 1" => new(false, true),
        "0 0" => new(false, false),
        _ => throw new InvalidDataException($"Unexpected ajv-check.mjs output line: {line}"),
    };
}
