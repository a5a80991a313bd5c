using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen;

/// <summary>
/// The contracts every target is golden-tested on: the seed contract, examples/contracts/*.json, and the
/// synthetic and empty contracts under TestData/codegen. Names are the file names without <c>.json</c>.
/// </summary>
internal static class CodegenCorpus
{
    public static IReadOnlyList<string> Names => [.. Files.Keys];

    public static TheoryData<string> Theory => [.. Names];

    private static SortedDictionary<string, string> Files
    {
        get
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["seed-web-analytics.v1"] = TestPaths.SeedExamples("contracts", "web-analytics.v1.json"),
                ["synthetic"] = TestPaths.TestData("codegen", "synthetic.json"),
                ["empty"] = TestPaths.TestData("codegen", "empty.json"),
            };
            var examples = TestPaths.Examples("contracts");
            if (Directory.Exists(examples))
            {
                foreach (var file in Directory.GetFiles(examples, "*.json"))
                {
                    files["example-" + Path.GetFileNameWithoutExtension(file)] = file;
                }
            }

            return files;
        }
    }

    public static Contract Load(string name) => LoadFile(Files[name]);

    public static Contract LoadFile(string path)
    {
        var result = ContractLoader.LoadFile(path);
        Assert.True(result.Success, $"{path} does not load: {string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Path + " " + d.Message))}");
        return result.Contract!;
    }

    /// <summary>A contract from inline JSON (for error cases).</summary>
    public static Contract Parse(string json)
    {
        var result = ContractLoader.Load(json);
        Assert.True(result.Success, string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Path)));
        return result.Contract!;
    }

    /// <summary>Compares every generated file with its golden file under Snapshots/codegen/&lt;target&gt;/&lt;contract&gt;/.</summary>
    public static void MatchSnapshots(string target, string contractName, IReadOnlyList<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            Snapshot.Match($"codegen/{target}/{contractName}/{file.Path}", file.Content);
        }
    }

    /// <summary>Writes generated files under a directory.</summary>
    public static void WriteAll(string directory, IReadOnlyList<GeneratedFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }
}
