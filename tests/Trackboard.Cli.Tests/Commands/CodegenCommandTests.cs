using Trackboard.Cli.Tests.Support;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Loading;

namespace Trackboard.Cli.Tests.Commands;

public sealed class CodegenCommandTests
{
    [Fact]
    public async Task Codegen_EveryTarget_WritesExactlyTheGeneratorsFiles()
    {
        var contract = ContractLoader.LoadFile(Seeds.ContractV1).Contract!;
        foreach (var generator in CodegenTargets.All)
        {
            using var temp = new TempDirectory();

            var run = await CliRun.InvokeAsync("codegen", generator.Target, "--contract", Seeds.ContractV1, "--out", temp.Path);

            Assert.Equal(ExitCodes.Ok, run.ExitCode);
            var expected = generator.Generate(contract, CodegenOptions.Default);
            Assert.Equal(expected.Select(f => f.Path.Replace('/', Path.DirectorySeparatorChar)).Order(StringComparer.Ordinal), temp.Files());
            Assert.All(expected, f => Assert.Equal(f.Content, File.ReadAllBytes(Path.Combine(temp.Path, f.Path))));
        }
    }

    [Fact]
    public async Task Codegen_UnknownTarget_Exits64ListingTheTargets()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("codegen", "cobol", "--contract", Seeds.ContractV1, "--out", temp.Path);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("cobol", run.Error, StringComparison.Ordinal);
        Assert.All(CodegenTargets.Names, name => Assert.Contains("'" + name + "'", run.Error, StringComparison.Ordinal));
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public async Task Codegen_CollidingNames_Exits65NamingBothAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var contract = temp.Write("contract.json", """
            {"format_version": "trackboard.contract.v1", "plan_id": "p", "version_number": 1, "name": "P",
             "events": [{"event_name": "signup_completed"}, {"event_name": "SignupCompleted"}]}
            """);
        var output = temp.File("out");

        foreach (var target in CodegenTargets.Names.Where(n => n != "json-schema"))
        {
            var run = await CliRun.InvokeAsync("codegen", target, "--contract", contract, "--out", output);

            Assert.True(run.ExitCode == ExitCodes.BadInput, target + ": " + run);
            Assert.Contains(CodegenException.NameCollision, run.Error, StringComparison.Ordinal);
            Assert.Contains("signup_completed", run.Error, StringComparison.Ordinal);
            Assert.Contains("SignupCompleted", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(output), target);
        }
    }

    [Fact]
    public async Task Codegen_ContractFails_WritesNothing()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var run = await CliRun.InvokeAsync("codegen", CodegenTargets.Names[0], "--contract", TestPaths.TestData("contracts", "broken.json"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.False(Directory.Exists(output));
    }
}
