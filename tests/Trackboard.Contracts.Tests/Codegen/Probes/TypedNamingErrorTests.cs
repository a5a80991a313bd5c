using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>Names that cannot become identifiers, or that collide, fail generation in every typed target with both sources named.</summary>
public sealed class TypedNamingErrorTests
{
    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_TwoEventsOneIdentifier_FailsNamingBoth(string target)
    {
        var contract = Events("""{ "event_name": "signup_completed" }, { "event_name": "Signup Completed" }""");

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.NameCollision, "signup_completed", "Signup Completed");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_TwoPropertiesOneIdentifier_FailsNamingBoth(string target)
    {
        var contract = Events("""{ "event_name": "e", "properties": [{ "name": "user_id", "type": "string" }, { "name": "userId", "type": "string" }] }""");

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.NameCollision, "user_id", "userId");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_ReservedWordAndItsEscapedSpelling_FailsNamingBoth(string target)
    {
        var contract = Events("""{ "event_name": "e", "properties": [{ "name": "class", "type": "string" }, { "name": "class_", "type": "string" }] }""");

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.NameCollision, "class", "class_");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_TwoEnumValuesOneIdentifier_FailsNamingBoth(string target)
    {
        var contract = Events("""{ "event_name": "e", "properties": [{ "name": "p", "type": "string", "constraints": { "enum_values": ["a-b", "a_b"] } }] }""");

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.NameCollision, "a-b", "a_b");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_NestedTypesOneIdentifier_FailsNamingBoth(string target)
    {
        var contract = Events("""
            { "event_name": "a", "properties": [
                { "name": "b_c", "type": "object", "properties": [] },
                { "name": "b", "type": "object", "properties": [{ "name": "c", "type": "object", "properties": [] }] } ] }
            """);

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.NameCollision, "a.b.c", "a.b_c");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_EventNameWithoutLettersOrDigits_FailsAsInvalidIdentifier(string target)
    {
        var contract = Events("""{ "event_name": "🎉🎉" }""");

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.InvalidIdentifier, "🎉🎉");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_PropertyNameWithoutLettersOrDigits_FailsAsInvalidIdentifier(string target)
    {
        var contract = Events("""{ "event_name": "e", "properties": [{ "name": "!!!", "type": "integer" }] }""");

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default));

        AssertNames(error, target, CodegenException.InvalidIdentifier, "!!!");
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_EnumValueWithoutLettersOrDigits_IsSpelledOut(string target)
    {
        var contract = Events("""{ "event_name": "e", "properties": [{ "name": "p", "type": "string", "constraints": { "enum_values": ["ok", "%%%"] } }] }""");

        var text = string.Concat(TypedTargets.Get(target).Generator.Generate(contract, CodegenOptions.Default).Select(f => System.Text.Encoding.UTF8.GetString(f.Content)));

        Assert.Matches("(?i)percent_?percent_?percent", text);
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_EnumValuesThatCanNeverMatch_HaveNoMember(string target)
    {
        var typed = TypedTargets.Get(target);
        var contract = Events("""{ "event_name": "e", "properties": [{ "name": "p", "type": "integer", "constraints": { "enum_values": [1, 1.5, "2"] } }] }""");

        var text = GeneratedOutput.Text(typed.Generator.Generate(contract, CodegenOptions.Default));

        Assert.DoesNotContain("1.5", text, StringComparison.Ordinal);
        Assert.DoesNotContain(typed.StringLiteral("2"), text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csharp", "Trackboard.class")]
    [InlineData("csharp", "1Plan")]
    [InlineData("java", "com.example.new")]
    [InlineData("java", "com..example")]
    [InlineData("kotlin", "com.example.fun")]
    [InlineData("kotlin", "com.exa-mple")]
    [InlineData("dart", "plan.class")]
    [InlineData("dart", "")]
    public void Generate_IllegalNamespace_FailsAsInvalidIdentifier(string target, string ns)
    {
        var options = new CodegenOptions { Namespace = ns };

        var error = Assert.Throws<CodegenException>(() => TypedTargets.Get(target).Generator.Generate(Events("""{ "event_name": "e" }"""), options));

        Assert.Equal(CodegenException.InvalidIdentifier, error.Code);
        Assert.Equal(target, error.Target);
        Assert.Equal([ns], error.SourceNames);
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_CustomNamespace_IsUsedWhereTheTargetHasOne(string target)
    {
        var typed = TypedTargets.Get(target);

        var text = GeneratedOutput.Text(typed.Generator.Generate(Events("""{ "event_name": "e" }"""), new CodegenOptions { Namespace = "acme.analytics" }));

        Assert.Equal(typed.HasNamespace, text.Contains("acme.analytics", StringComparison.Ordinal));
    }

    private static Contract Events(string events) =>
        TypedContracts.Parse($$"""{ "format_version": "trackboard.contract.v1", "events": [{{events}}] }""");

    private static void AssertNames(CodegenException error, string target, string code, params string[] names)
    {
        Assert.Equal(code, error.Code);
        Assert.Equal(target, error.Target);
        Assert.Equal(names.Order(StringComparer.Ordinal), error.SourceNames.Order(StringComparer.Ordinal));
        Assert.All(names, n => Assert.Contains(n, error.Message, StringComparison.Ordinal));
        Assert.Contains(target, error.Message, StringComparison.Ordinal);
    }
}
