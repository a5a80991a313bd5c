using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Swift;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Swift;

public sealed class SwiftGeneratorTests
{
    private static readonly SwiftGenerator s_generator = new();

    [Theory]
    [MemberData(nameof(TypedContracts.All), MemberType = typeof(TypedContracts))]
    public void Generate_Contract_MatchesSnapshots(string contract)
    {
        var files = s_generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        GeneratedOutput.MatchSnapshots("swift", contract, files);
    }
}
