using System.Text.RegularExpressions;
using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// Compiles a JVM target's generated code once per test class (compilers are slow to start): every test
/// contract under its own package together with the probes, and separately the seed contract with the
/// negative snippets, which must fail. Each probe then runs as its own program and prints what its
/// recording client received.
/// </summary>
public abstract partial class JvmProbeBuild : IDisposable
{
    private readonly Lazy<Task<CommandResult>> _positive;
    private readonly Lazy<Task<CommandResult>> _negative;

    protected JvmProbeBuild()
    {
        Root = Path.Combine(Path.GetTempPath(), "trackboard-codegen-" + Guid.NewGuid().ToString("N"));
        _positive = new(() => CompileAsync(WritePositive(), Path.Combine(Root, "positive", "out")));
        _negative = new(() => CompileAsync(WriteNegative(), Path.Combine(Root, "negative", "out")));
    }

    public string Root { get; }

    /// <summary>All test contracts, probes included, compiled with warnings as errors.</summary>
    internal Task<CommandResult> Positive => _positive.Value;

    /// <summary>The seed contract with the negative snippets.</summary>
    internal Task<CommandResult> Negative => _negative.Value;

    /// <summary>The negative snippet file names of this language.</summary>
    internal IReadOnlyList<string> NegativeSnippets => [.. TypedProbes.NegativeSnippets("." + Extension)];

    internal abstract ICodeGenerator Generator { get; }

    /// <summary>Source file extension without the dot.</summary>
    internal abstract string Extension { get; }

    internal static TimeSpan Timeout => TimeSpan.FromMinutes(10);

    /// <summary>The package a contract's code is generated into for the combined compile.</summary>
    public static string PackageOf(string contract) => "trackboard.generated." + PackageId(contract);

    public static string ProbePackageOf(string contract) => "probe." + PackageId(contract);

    /// <summary>Runs a contract's probe and returns what it printed.</summary>
    public async Task<string> RunProbeAsync(string contract)
    {
        var compiled = await Positive;
        Assert.True(compiled.ExitCode == 0, compiled.Output);
        var (command, arguments) = RunCommand(Path.Combine(Root, "positive", "out"), ProbePackageOf(contract));
        var run = await Commands.RunAsync(command, arguments, Root, Timeout);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.StandardOutput;
    }

    /// <summary>Compiler errors as (file name, message).</summary>
    internal static IReadOnlyList<(string File, string Message)> Errors(CommandResult result) =>
        [.. ErrorLine().Matches(result.Output).Select(m => (Path.GetFileName(m.Groups["file"].Value), m.Groups["message"].Value))];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    internal abstract (string Command, IReadOnlyList<string> Arguments) CompileCommand(string outDirectory, IReadOnlyList<string> sources);

    internal abstract (string Command, IReadOnlyList<string> Arguments) RunCommand(string classPath, string probePackage);

    private static string PackageId(string contract) => Regex.Replace(contract.ToLowerInvariant(), "[^a-z0-9]+", "_");

    private async Task<CommandResult> CompileAsync(IReadOnlyList<string> sources, string outDirectory)
    {
        Directory.CreateDirectory(outDirectory);
        var (command, arguments) = CompileCommand(outDirectory, sources);
        return await Commands.RunAsync(command, arguments, Root, Timeout);
    }

    private List<string> WritePositive()
    {
        var source = Path.Combine(Root, "positive", "src");
        var sources = new List<string>();
        foreach (var contract in TypedContracts.Names)
        {
            var files = Generator.Generate(TypedContracts.Load(contract), new CodegenOptions { Namespace = PackageOf(contract) });
            GeneratedOutput.WriteTo(source, files);
            sources.AddRange(files.Select(f => Path.Combine(source, f.Path)));
            var probe = TypedProbes.File(contract, "Probe." + Extension);
            if (File.Exists(probe))
            {
                sources.Add(WriteTemplate(probe, contract, source));
                var client = TypedProbes.Shared("RecordingClient." + Extension);
                if (File.Exists(client))
                {
                    sources.Add(WriteTemplate(client, contract, source));
                }
            }
        }

        var printer = Path.Combine(source, "probejson", "ProbeJson." + Extension);
        Directory.CreateDirectory(Path.GetDirectoryName(printer)!);
        File.Copy(TypedProbes.Shared("ProbeJson." + Extension), printer);
        sources.Add(printer);
        return sources;
    }

    private List<string> WriteNegative()
    {
        var source = Path.Combine(Root, "negative", "src");
        var files = Generator.Generate(TypedContracts.Load(TypedContracts.Seed), CodegenOptions.Default);
        GeneratedOutput.WriteTo(source, files);
        var sources = files.Select(f => Path.Combine(source, f.Path)).ToList();
        foreach (var snippet in NegativeSnippets.Select(TypedProbes.Negative))
        {
            var target = Path.Combine(source, "negative", Path.GetFileName(snippet));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(snippet, target);
            sources.Add(target);
        }

        return sources;
    }

    private static string WriteTemplate(string template, string contract, string sourceRoot)
    {
        var probePackage = ProbePackageOf(contract);
        var target = Path.Combine(sourceRoot, probePackage.Replace('.', '/'), Path.GetFileName(template));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, File.ReadAllText(template)
            .Replace("__PLAN__", PackageOf(contract), StringComparison.Ordinal)
            .Replace("__PROBE__", probePackage, StringComparison.Ordinal));
        return target;
    }

    [GeneratedRegex(@"(?<file>[^\s:]+\.(java|kt)):\d+(:\d+)?: error: (?<message>[^\r\n]*)")]
    private static partial Regex ErrorLine();
}
