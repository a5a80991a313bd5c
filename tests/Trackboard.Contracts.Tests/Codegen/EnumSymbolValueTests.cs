using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen;

/// <summary>
/// Enum values without a letter or digit (<c>"-"</c>, <c>"+"</c>, <c>""</c>) generate in every target: literal targets
/// keep the literal, targets that name enum members spell the value out (docs/codegen.md, "Enum values").
/// </summary>
public sealed class EnumSymbolValueTests
{
    private const string SymbolsContract = """
    {"format_version":"trackboard.contract.v1","version_id":"ver_symbols","events":[{"event_name":"rating_given","properties":[
      {"name":"direction","type":"string","required":true,"constraints":{"enum_values":["-","+","","a-b","->"]}}]}]}
    """;

    private const string CollidingContract = """
    {"format_version":"trackboard.contract.v1","events":[{"event_name":"rating_given","properties":[
      {"name":"direction","type":"string","required":true,"constraints":{"enum_values":["-","minus"]}}]}]}
    """;

    // Targets that write enum values as literals (unions, Literal[...], enum keywords) rather than named members.
    private static readonly HashSet<string> s_literalTargets = new(StringComparer.Ordinal) { "typescript", "javascript", "python", "json-schema" };

    public static TheoryData<string> Targets => [.. CodegenTargets.Names];

    [Theory]
    [InlineData("-", "minus")]
    [InlineData("+", "plus")]
    [InlineData("", "empty")]
    [InlineData("->", "minus greater than")]
    [InlineData("🎉", "u1f389")]
    [InlineData("a-b", "a-b")]
    public void SpellEnumValue_Value_GivesItsWords(string value, string expected) =>
        Assert.Equal(expected, NameWords.SpellEnumValue(value));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_ValuesWithoutLettersOrDigits_EveryTargetAcceptsThem(string target)
    {
        var generator = CodegenTargets.Find(target)!;

        var text = string.Concat(generator.Generate(CodegenCorpus.Parse(SymbolsContract), CodegenOptions.Default).Select(f => Encoding.UTF8.GetString(f.Content)));

        Assert.Contains("\"-\"", text.Replace('\'', '"'), StringComparison.Ordinal);
        Assert.Contains("\"+\"", text.Replace('\'', '"'), StringComparison.Ordinal);
        if (!s_literalTargets.Contains(target))
        {
            Assert.Contains("minus", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("plus", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("empty", text, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("greater", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_SpelledValueMeetsItsWord_CollidesWhereMembersAreNamed(string target)
    {
        var generator = CodegenTargets.Find(target)!;
        var contract = CodegenCorpus.Parse(CollidingContract);

        if (s_literalTargets.Contains(target))
        {
            Assert.NotEmpty(generator.Generate(contract, CodegenOptions.Default));
            return;
        }

        var error = Assert.Throws<CodegenException>(() => generator.Generate(contract, CodegenOptions.Default));
        Assert.Equal(CodegenException.NameCollision, error.Code);
        Assert.Equal(2, error.SourceNames.Count);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_ContractVersion_IsTheLabelGuardStampsAsAString(string target)
    {
        var contract = CodegenCorpus.Parse(SymbolsContract);

        var text = string.Concat(CodegenTargets.Find(target)!.Generate(contract, CodegenOptions.Default).Select(f => Encoding.UTF8.GetString(f.Content)));

        Assert.Equal("ver_symbols", ContractVersionLabel.Of(contract));
        if (target != "json-schema")
        {
            Assert.Matches("[\"']ver_symbols[\"']", text);
        }
    }
}
