using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Java;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Java;

public sealed class JavaGeneratorTests
{
    private static readonly JavaGenerator s_generator = new();

    [Theory]
    [MemberData(nameof(TypedContracts.All), MemberType = typeof(TypedContracts))]
    public void Generate_Contract_MatchesSnapshots(string contract)
    {
        var files = s_generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        GeneratedOutput.MatchSnapshots("java", contract, files);
    }
}
