using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Java;

/// <summary>The generated Java compiled by javac (-Xlint:all -Werror) and run against a recording client.</summary>
public sealed class JavaCompileTests(JavaBuild build) : IClassFixture<JavaBuild>
{
    [FactRequiringCommand("javac", "java")]
    public async Task Javac_EveryContractAndProbe_CompilesWithoutWarnings()
    {
        Commands.Require("javac", "java");

        var result = await build.Positive;

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("", result.Output.Trim());
    }

    [TheoryRequiringCommand("javac", "java")]
    [MemberData(nameof(TypedProbes.Contracts), MemberType = typeof(TypedProbes))]
    public async Task Probe_Contract_ClientReceivesWireValuesAndContractVersion(string contract)
    {
        Commands.Require("javac", "java");

        var printed = await build.RunProbeAsync(contract);

        ProbeJson.AssertSame(TypedProbes.Expected(contract), printed);
    }

    [TheoryRequiringCommand("javac")]
    [InlineData("WrongEnumValue.java", "cannot find symbol")]
    [InlineData("WrongEnumKind.java", "incompatible types: String cannot be converted to SignupCompletedSignupMethod")]
    [InlineData("MissingRequired.java", "constructor SignupCompletedProperties in record SignupCompletedProperties cannot be applied to given types")]
    public async Task Javac_SnippetBreakingTheContract_FailsInTheSnippet(string snippet, string expectedError)
    {
        Commands.Require("javac");

        var result = await build.Negative;

        Assert.NotEqual(0, result.ExitCode);
        var errors = JvmProbeBuild.Errors(result);
        Assert.Contains(errors, e => e.File == snippet && e.Message.Contains(expectedError, StringComparison.Ordinal));
        Assert.All(errors, e => Assert.Contains(e.File, build.NegativeSnippets));
    }
}
