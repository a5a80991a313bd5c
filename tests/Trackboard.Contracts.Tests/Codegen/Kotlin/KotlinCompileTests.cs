using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Kotlin;

/// <summary>The generated Kotlin compiled by kotlinc (Debian's 1.3, warnings as errors) and run against a recording client.</summary>
public sealed class KotlinCompileTests(KotlinBuild build) : IClassFixture<KotlinBuild>
{
    [FactRequiringCommand("kotlinc", "kotlin")]
    public async Task Kotlinc_EveryContractAndProbe_CompilesWithoutWarnings()
    {
        Commands.Require("kotlinc", "kotlin");

        var result = await build.Positive;

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("", KotlinBuild.Diagnostics(result));
    }

    [TheoryRequiringCommand("kotlinc", "kotlin")]
    [MemberData(nameof(TypedProbes.Contracts), MemberType = typeof(TypedProbes))]
    public async Task Probe_Contract_ClientReceivesWireValuesAndContractVersion(string contract)
    {
        Commands.Require("kotlinc", "kotlin");

        var printed = await build.RunProbeAsync(contract);

        ProbeJson.AssertSame(TypedProbes.Expected(contract), printed);
    }

    [TheoryRequiringCommand("kotlinc")]
    [InlineData("WrongEnumValue.kt", "unresolved reference: FACEBOOK")]
    [InlineData("WrongEnumKind.kt", "type mismatch: inferred type is String but SignupCompletedSignupMethod was expected")]
    [InlineData("MissingRequired.kt", "no value passed for parameter 'userId'")]
    public async Task Kotlinc_SnippetBreakingTheContract_FailsInTheSnippet(string snippet, string expectedError)
    {
        Commands.Require("kotlinc");

        var result = await build.Negative;

        Assert.NotEqual(0, result.ExitCode);
        var errors = JvmProbeBuild.Errors(result);
        Assert.Contains(errors, e => e.File == snippet && e.Message.Contains(expectedError, StringComparison.OrdinalIgnoreCase));
        Assert.All(errors, e => Assert.Contains(e.File, build.NegativeSnippets));
    }
}
