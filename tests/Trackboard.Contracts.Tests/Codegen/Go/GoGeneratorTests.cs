using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen.Go;

public sealed class GoGeneratorTests
{
    private static readonly ICodeGenerator s_generator = CodegenTargets.Find("go")!;

    public static TheoryData<string> Contracts => CodegenCorpus.Theory;

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generate_Contract_MatchesGoldenFiles(string contract)
    {
        var files = s_generator.Generate(CodegenCorpus.Load(contract), CodegenOptions.Default);

        CodegenCorpus.MatchSnapshots("go", contract, files);
    }
}
