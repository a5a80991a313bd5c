using Microsoft.CodeAnalysis;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.CSharp;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.CSharp;

/// <summary>The generated C# compiled by Roslyn (C# 11, nullable on) and run against a recording client.</summary>
public sealed class CSharpCompileTests
{
    [Theory]
    [MemberData(nameof(TypedContracts.All), MemberType = typeof(TypedContracts))]
    public void Compile_Contract_NoErrorsOrWarnings(string contract)
    {
        var generated = Generate(contract);

        var (compilation, assembly) = RoslynCompiler.Compile("plan", generated, Source(TypedProbes.Shared("RecordingClient.cs")));

        Assert.Empty(RoslynCompiler.Problems(compilation).Select(d => d.ToString()));
        Assert.NotNull(assembly);
    }

    [Theory]
    [MemberData(nameof(TypedProbes.Contracts), MemberType = typeof(TypedProbes))]
    public void Probe_Contract_ClientReceivesWireValuesAndContractVersion(string contract)
    {
        var (compilation, assembly) = RoslynCompiler.Compile("probe", Generate(contract),
            Source(TypedProbes.Shared("RecordingClient.cs")), Source(TypedProbes.File(contract, "Probe.cs")));
        Assert.True(assembly is not null, string.Join('\n', RoslynCompiler.Problems(compilation)));

        var received = RoslynCompiler.Run(assembly, "Probe");

        ProbeJson.AssertSame(TypedProbes.Expected(contract), ProbeJson.Write(received));
    }

    [Theory]
    [InlineData("WrongEnumValue.cs", "CS0117")]
    [InlineData("WrongEnumKind.cs", "CS0029")]
    [InlineData("MissingRequired.cs", "CS9035")]
    public void Compile_SnippetBreakingTheContract_FailsInTheSnippet(string snippet, string expectedError)
    {
        var (compilation, assembly) = RoslynCompiler.Compile("negative", Generate(TypedContracts.Seed), Source(TypedProbes.Negative(snippet)));

        Assert.Null(assembly);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, e => e.Id == expectedError && e.Location.SourceTree?.FilePath == snippet);
        Assert.All(errors, e => Assert.Equal(snippet, e.Location.SourceTree?.FilePath));
    }

    private static (string Path, string Text) Generate(string contract)
    {
        var file = Assert.Single(new CSharpGenerator().Generate(TypedContracts.Load(contract), CodegenOptions.Default));
        return (file.Path, GeneratedOutput.Text(file));
    }

    private static (string Path, string Text) Source(string path) => (Path.GetFileName(path), File.ReadAllText(path));
}
