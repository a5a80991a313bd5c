using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Kotlin;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Kotlin;

public sealed class KotlinGeneratorTests
{
    private static readonly KotlinGenerator s_generator = new();

    [Theory]
    [MemberData(nameof(TypedContracts.All), MemberType = typeof(TypedContracts))]
    public void Generate_Contract_MatchesSnapshots(string contract)
    {
        var files = s_generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        GeneratedOutput.MatchSnapshots("kotlin", contract, files);
    }
}
