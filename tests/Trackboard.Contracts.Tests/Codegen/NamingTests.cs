using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen;

public sealed class NamingTests
{
    private static readonly TargetNaming s_naming = new("testlang", new HashSet<string>(StringComparer.Ordinal) { "class", "Class" }, w => w + "_");

    [Theory]
    [InlineData("signup_completed", "signup|completed")]
    [InlineData("signupCompleted", "signup|completed")]
    [InlineData("Signup Completed", "signup|completed")]
    [InlineData("HTTPRequest sent", "http|request|sent")]
    [InlineData("order2shipped", "order|2|shipped")]
    [InlineData("🎉 party-time!", "party|time")]
    [InlineData("🎉", "")]
    public void Split_Names_GivesLowerCaseWords(string name, string expected) =>
        Assert.Equal(expected, string.Join('|', NameWords.Split(name)));

    [Fact]
    public void Get_ReservedWordAndLeadingDigit_AreEscaped()
    {
        var scope = new NameScope(s_naming, "property");

        Assert.Equal("class_", scope.Get("class", NameWords.Camel));
        Assert.Equal("_1StPlace", scope.Get("1st place", NameWords.Camel));
        Assert.Equal("SignupCompleted", scope.Get("signup_completed", NameWords.Pascal));
    }

    [Fact]
    public void Get_TwoNamesOneIdentifier_FailsNamingBoth()
    {
        var scope = new NameScope(s_naming, "event");
        scope.Get("signup_completed", NameWords.Pascal);

        var error = Assert.Throws<CodegenException>(() => scope.Get("SignupCompleted", NameWords.Pascal));

        Assert.Equal(CodegenException.NameCollision, error.Code);
        Assert.Equal(["signup_completed", "SignupCompleted"], error.SourceNames);
        Assert.Equal("testlang", error.Target);
    }

    [Fact]
    public void Get_NameWithoutLettersOrDigits_FailsWithCode()
    {
        var scope = new NameScope(s_naming, "event");

        var error = Assert.Throws<CodegenException>(() => scope.Get("🎉🎉", NameWords.Pascal));

        Assert.Equal(CodegenException.InvalidIdentifier, error.Code);
    }

    [Theory]
    [InlineData("ends */ here", "ends * / here")]
    [InlineData("<script>alert(1)</script>", "script alert(1) /script")]
    [InlineData("a\u0000b\u001bc\nd", "a b c d")]
    [InlineData("say \"\"\" and ''' and -->", "say \" \"\" and ' '' and --")]
    [InlineData(null, "")]
    public void Sanitize_DangerousText_IsNeutralized(string? text, string expected) =>
        Assert.Equal(expected, DocText.Sanitize(text));

    [Fact]
    public void Sanitize_LongText_IsCutAt500()
    {
        var text = new string('x', 600);

        var result = DocText.Sanitize(text);

        Assert.Equal(500, result.Length);
        Assert.EndsWith("…", result, StringComparison.Ordinal);
    }
}
