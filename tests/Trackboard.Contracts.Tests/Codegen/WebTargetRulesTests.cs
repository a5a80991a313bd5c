using System.Text;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Codegen;

/// <summary>Determinism, naming errors and comment safety for the typescript, javascript, python and go targets.</summary>
public sealed class WebTargetRulesTests
{
    public static TheoryData<string> Targets => ["typescript", "javascript", "python", "go"];

    [Fact]
    public void All_WebTargets_ComeFirstInOrder() =>
        Assert.Equal(["typescript", "javascript", "python", "go"], CodegenTargets.Names.Take(4));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_SameContractTwiceAndEventsReordered_SameBytes(string target)
    {
        var contract = CodegenCorpus.Load("synthetic");
        var reordered = contract with { Events = [.. contract.Events.Reverse()] };

        var first = Generate(target, contract);
        var second = Generate(target, CodegenCorpus.Load("synthetic"));
        var third = Generate(target, reordered);

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_TwoEventsOneIdentifier_FailsNamingBoth(string target)
    {
        var contract = Events("""{"event_name": "signup_completed"}""", """{"event_name": "SignupCompleted"}""");

        var error = Assert.Throws<CodegenException>(() => Generate(target, contract));

        Assert.Equal(CodegenException.NameCollision, error.Code);
        Assert.Equal(target, error.Target);
        Assert.Equal(["SignupCompleted", "signup_completed"], error.SourceNames.Order(StringComparer.Ordinal));
        Assert.Contains("SignupCompleted", error.Message, StringComparison.Ordinal);
        Assert.Contains("signup_completed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_NestedTypeMeetsEventType_FailsNamingBoth(string target)
    {
        var contract = Events(
            """{"event_name": "order", "properties": [{"name": "cart_properties", "type": "object", "properties": []}]}""",
            """{"event_name": "order_cart"}""");

        var error = Assert.Throws<CodegenException>(() => Generate(target, contract));

        Assert.Equal(CodegenException.NameCollision, error.Code);
        Assert.Equal(["order.cart_properties", "order_cart"], error.SourceNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_EventNamedLikeTheSectionType_FailsNamingBoth(string target)
    {
        var contract = CodegenCorpus.Parse("""
            {"format_version": "trackboard.contract.v1", "version_number": 1,
             "page": {"properties": [{"name": "path", "type": "string"}]},
             "events": [{"event_name": "page"}]}
            """);

        var error = Assert.Throws<CodegenException>(() => Generate(target, contract));

        Assert.Equal(CodegenException.NameCollision, error.Code);
        Assert.Equal(["$page", "page"], error.SourceNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_EventNameWithoutLettersOrDigits_FailsAsInvalidIdentifier(string target)
    {
        var contract = Events("""{"event_name": "🎉🎉"}""");

        var error = Assert.Throws<CodegenException>(() => Generate(target, contract));

        Assert.Equal(CodegenException.InvalidIdentifier, error.Code);
        Assert.Equal(target, error.Target);
        Assert.Equal(["🎉🎉"], error.SourceNames);
    }

    [Theory]
    [InlineData("typescript", false)]
    [InlineData("javascript", false)]
    [InlineData("python", false)]
    [InlineData("go", true)]
    public void Generate_PropertiesThatMeetAsFields_FailOnlyWhereKeysBecomeIdentifiers(string target, bool fails)
    {
        var contract = Events("""{"event_name": "e", "properties": [{"name": "signup_method", "type": "string"}, {"name": "signupMethod", "type": "string"}]}""");

        var error = Record.Exception(() => Generate(target, contract));

        if (fails)
        {
            var codegen = Assert.IsType<CodegenException>(error);
            Assert.Equal(CodegenException.NameCollision, codegen.Code);
            Assert.Equal(["signupMethod", "signup_method"], codegen.SourceNames.Order(StringComparer.Ordinal));
        }
        else
        {
            Assert.Null(error);
        }
    }

    [Fact]
    public void Generate_GoEnumValuesOneConstant_FailsNamingBoth()
    {
        var contract = Events("""{"event_name": "e", "properties": [{"name": "p", "type": "string", "constraints": {"enum_values": ["a b", "a_b"]}}]}""");

        var error = Assert.Throws<CodegenException>(() => Generate("go", contract));

        Assert.Equal(CodegenException.NameCollision, error.Code);
        Assert.Equal(["e.p=a b", "e.p=a_b"], error.SourceNames.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Trackboard")]
    [InlineData("my-package")]
    [InlineData("func")]
    [InlineData("")]
    public void Generate_GoPackageNotAnIdentifier_FailsAsInvalidIdentifier(string package)
    {
        var options = new CodegenOptions { Namespace = package };

        var error = Assert.Throws<CodegenException>(() => CodegenTargets.Find("go")!.Generate(CodegenCorpus.Load("empty"), options));

        Assert.Equal(CodegenException.InvalidIdentifier, error.Code);
        Assert.Equal([package], error.SourceNames);
    }

    [Fact]
    public void Generate_GoPackageOption_NamesThePackage()
    {
        var files = CodegenTargets.Find("go")!.Generate(CodegenCorpus.Load("empty"), new CodegenOptions { Namespace = "analytics" });

        Assert.Contains("\npackage analytics\n", Encoding.UTF8.GetString(files[0].Content), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_HostileGuidance_NoneSurvivesIntoComments(string target)
    {
        var text = Encoding.UTF8.GetString(Generate(target, CodegenCorpus.Load("synthetic")));

        Assert.DoesNotContain("<script", text, StringComparison.Ordinal);
        Assert.DoesNotContain("-->", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n' && !(c == '\t' && target == "go"));
        Assert.Contains("Payment captured * / and order saved", text, StringComparison.Ordinal);
        foreach (var line in text.Split('\n'))
        {
            AssertCommentLineSafe(target, line.Trim());
        }
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void Generate_Header_NamesPlanAndVersion(string target)
    {
        var text = Encoding.UTF8.GetString(Generate(target, CodegenCorpus.Load("seed-web-analytics.v1")));

        var expected = target == "go"
            ? "// Code generated by Trackboard from Web Analytics version 1. DO NOT EDIT.\n"
            : (target == "python" ? "# " : "// ") + "Generated by Trackboard from Web Analytics version 1. Do not edit.\n";
        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }

    private static void AssertCommentLineSafe(string target, string line)
    {
        if (target is "typescript" or "javascript" && (line.StartsWith('*') || line.StartsWith('/')))
        {
            // In a comment line, "*/" may only close the comment the line opened or the block it ends.
            var closes = line.Split("*/").Length - 1;
            Assert.True(closes == 0 || (closes == 1 && line.EndsWith("*/", StringComparison.Ordinal)), line);
        }
        else if (target == "python" && (line.StartsWith('#') || line.StartsWith("\"\"\"", StringComparison.Ordinal)))
        {
            Assert.True(line.Split("\"\"\"").Length - 1 is 0 or 1 or 2, line);
        }
    }

    private static Contract Events(params string[] events) =>
        CodegenCorpus.Parse("""{"format_version": "trackboard.contract.v1", "version_number": 1, "events": [""" + string.Join(",", events) + "]}");

    private static byte[] Generate(string target, Contract contract) =>
        [.. CodegenTargets.Find(target)!.Generate(contract, CodegenOptions.Default).SelectMany(f => f.Content)];
}
