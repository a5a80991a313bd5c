using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen.JavaScript;

public sealed class JavaScriptGeneratorTests
{
    private static readonly ICodeGenerator s_generator = CodegenTargets.Find("javascript")!;

    public static TheoryData<string> Contracts => CodegenCorpus.Theory;

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generate_Contract_MatchesGoldenFiles(string contract)
    {
        var files = s_generator.Generate(CodegenCorpus.Load(contract), CodegenOptions.Default);

        CodegenCorpus.MatchSnapshots("javascript", contract, files);
    }
}
