using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Dart;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Dart;

public sealed class DartGeneratorTests
{
    private static readonly DartGenerator s_generator = new();

    [Theory]
    [MemberData(nameof(TypedContracts.All), MemberType = typeof(TypedContracts))]
    public void Generate_Contract_MatchesSnapshots(string contract)
    {
        var files = s_generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        GeneratedOutput.MatchSnapshots("dart", contract, files);
    }
}
