using System.Text.Json;
using Trackboard.Cli.Tests.Support;
using Trackboard.Contracts.Codegen.Fixtures;
using Trackboard.Contracts.Loading;

namespace Trackboard.Cli.Tests.Commands;

public sealed class FixturesCommandTests
{
    private static string Contract => TestPaths.Examples("contracts", "web-analytics.v1.json");

    [Fact]
    public async Task Fixtures_ExampleContract_WritesExactlyTheGeneratorsFiles()
    {
        using var temp = new TempDirectory();
        var expected = FixtureGenerator.Generate(ContractLoader.LoadFile(Contract).Contract!);

        var run = await CliRun.InvokeAsync("fixtures", "--contract", Contract, "--out", temp.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(expected.Select(f => f.Path).Order(StringComparer.Ordinal), temp.Files());
        Assert.All(expected, f => Assert.Equal(f.Content, File.ReadAllBytes(temp.File(f.Path))));
        Assert.Empty(run.Out);
        Assert.Contains("invalid fixture(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixtures_EachInvalidFixture_ValidateReportsExactlyTheRuleInItsName()
    {
        using var temp = new TempDirectory();
        await CliRun.InvokeAsync("fixtures", "--contract", Contract, "--out", temp.Path);
        using var index = JsonDocument.Parse(File.ReadAllBytes(temp.File(FixtureGenerator.IndexFileName)));

        foreach (var entry in index.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var run = await CliRun.InvokeAsync("validate", "--contract", Contract, "--event", temp.File(file), "--format", "json");

            using var report = JsonDocument.Parse(run.Out);
            var violations = report.RootElement.GetProperty("results").EnumerateArray()
                .SelectMany(r => r.GetProperty("violations").EnumerateArray())
                .Where(v => v.GetProperty("severity").GetString() == "error").ToList();
            if (entry.GetProperty("valid").GetBoolean())
            {
                Assert.True(run.ExitCode == ExitCodes.Ok, file + ": " + run);
                Assert.Empty(violations);
                continue;
            }

            Assert.Equal(ExitCodes.Invalid, run.ExitCode);
            var violation = Assert.Single(violations);
            Assert.Equal(entry.GetProperty("code").GetString(), violation.GetProperty("code").GetString());
            Assert.StartsWith($"{entry.GetProperty("event").GetString()}.{entry.GetProperty("code").GetString()}.{violation.GetProperty("property").GetString()}", file, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Fixtures_ContractDoesNotLoad_Exits65AndWritesNothing()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "out");

        var run = await CliRun.InvokeAsync("fixtures", "--contract", TestPaths.TestData("contracts", "broken.json"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public async Task Fixtures_MissingContract_Exits65NamingTheFile()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("fixtures", "--contract", "/nonexistent/contract.json", "--out", temp.Path);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("/nonexistent/contract.json", run.Error, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public async Task Fixtures_OutIsAFile_Exits64AndLeavesItAlone()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("out.txt", "keep");

        var run = await CliRun.InvokeAsync("fixtures", "--contract", Contract, "--out", file);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("keep", File.ReadAllText(file));
    }

    [Fact]
    public async Task Fixtures_WithoutOut_Exits64()
    {
        var run = await CliRun.InvokeAsync("fixtures", "--contract", Contract);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
