using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen.JsonSchema;

/// <summary>
/// The <c>json-schema</c> codegen target over the same corpus as the language targets (the seed, the repository's
/// example contracts, the synthetic and empty contracts): golden files, and the same bytes on every run.
/// </summary>
public sealed class JsonSchemaTargetTests
{
    private static readonly ICodeGenerator s_generator = CodegenTargets.Find("json-schema")!;

    public static TheoryData<string> Contracts => CodegenCorpus.Theory;

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generate_Contract_MatchesGoldenFiles(string contract)
    {
        var files = s_generator.Generate(CodegenCorpus.Load(contract), CodegenOptions.Default);

        CodegenCorpus.MatchSnapshots("json-schema", contract, files);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generate_SameContractTwice_SameFilesAndBytes(string contract)
    {
        var first = s_generator.Generate(CodegenCorpus.Load(contract), CodegenOptions.Default);
        var second = s_generator.Generate(CodegenCorpus.Load(contract), CodegenOptions.Default);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }
}
