using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.CSharp;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.CSharp;

public sealed class CSharpGeneratorTests
{
    private static readonly CSharpGenerator s_generator = new();

    [Theory]
    [MemberData(nameof(TypedContracts.All), MemberType = typeof(TypedContracts))]
    public void Generate_Contract_MatchesSnapshots(string contract)
    {
        var files = s_generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        GeneratedOutput.MatchSnapshots("csharp", contract, files);
    }
}
