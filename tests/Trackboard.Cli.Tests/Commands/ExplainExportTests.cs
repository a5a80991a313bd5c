using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

public sealed class ExplainExportTests
{
    [Fact]
    public async Task Explain_SeedSignup_ShowsPropertiesRulesAndQuotedGuidance()
    {
        var run = await CliRun.InvokeAsync("explain", "signup_completed", "--contract", Seeds.ContractV1);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Snapshot.Match("explain/signup_completed.txt", run.Out);
    }

    [Fact]
    public async Task Explain_UnknownEvent_Exits64WithSuggestion()
    {
        var run = await CliRun.InvokeAsync("explain", "signup", "--contract", Seeds.ContractV1);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("Did you mean: signup_completed?", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportJsonSchema_Out_WritesOneSchemaPerEventAndTheBundle()
    {
        using var temp = new TempDirectory();
        var output = temp.File("schemas");

        var run = await CliRun.InvokeAsync("export", "json-schema", "--contract", TestPaths.TestData("contracts", "roundtrip.json"), "--out", output);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(
            ["schemas/bundle.schema.json", "schemas/events/legacy_checkout.schema.json", "schemas/events/order_completed.schema.json", "schemas/events/wishlist_opened.schema.json"],
            temp.Files());
    }

    [Fact]
    public async Task ExportJsonSchema_ContractFails_WritesNothingToOut()
    {
        using var temp = new TempDirectory();
        var output = temp.File("schemas");

        var run = await CliRun.InvokeAsync("export", "json-schema", "--contract", TestPaths.TestData("contracts", "broken.json"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Empty(temp.Files());
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task ExportJsonSchema_NoOut_WritesTheBundleToStdout()
    {
        var run = await CliRun.InvokeAsync("export", "json-schema", "--contract", Seeds.ContractV1);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("\"$defs\"", run.Out, StringComparison.Ordinal);
    }
}
