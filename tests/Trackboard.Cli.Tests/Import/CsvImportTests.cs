using Trackboard.Cli.Tests.Support;
using Trackboard.Contracts.Loading;

namespace Trackboard.Cli.Tests.Import;

public sealed class CsvImportTests
{
    [Fact]
    public async Task ImportCsv_Template_WritesAContractThatLoads()
    {
        using var temp = new TempDirectory();
        var output = temp.File("contract.json");

        var run = await CliRun.InvokeAsync("import", "csv", TestPaths.TestData("csv", "plan.csv"), "--out", output, "--plan-id", "plan_csv", "--name", "CSV plan");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.True(ContractLoader.LoadFile(output).Success);
        Snapshot.Match("import/plan.csv.contract.json", File.ReadAllBytes(output));
    }

    [Fact]
    public async Task ImportCsv_BadRows_ReportsEachWithItsLineAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var output = temp.File("contract.json");
        var csv = TestPaths.TestData("csv", "bad-rows.csv");

        var run = await CliRun.InvokeAsync("import", "csv", csv, "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"{csv}: line 3: unknown type 'integr'", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{csv}: line 4: enum_values 'paid||refunded' has an empty value", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{csv}: line 6: enum value 'two' is not a integer", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{csv}: line 7: enum_values [\"a\", \"b\" is not a JSON array", run.Error, StringComparison.Ordinal);
        Assert.Contains("4 problem(s); nothing was written", run.Error, StringComparison.Ordinal);
        Assert.Empty(temp.Files());
    }

    [Fact]
    public async Task ImportCsv_BadRowsWithSkipInvalid_WritesTheGoodRowsAndReportsTheRest()
    {
        using var temp = new TempDirectory();
        var output = temp.File("contract.json");

        var run = await CliRun.InvokeAsync("import", "csv", TestPaths.TestData("csv", "bad-rows.csv"), "--out", output, "--skip-invalid");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var contract = ContractLoader.LoadFile(output).Contract!;
        Assert.Equal(["signup_method"], contract.FindEvent("signup_completed")!.Properties.Select(p => p.Name));
        Assert.Equal(["total"], contract.FindEvent("order_completed")!.Properties.Select(p => p.Name));
        Assert.Equal(4, run.Error.Split('\n').Count(l => l.StartsWith("skipped: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ImportCsv_MissingColumns_Exits65NamingThemAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var output = temp.File("contract.json");

        var run = await CliRun.InvokeAsync("import", "csv", TestPaths.TestData("csv", "missing-columns.csv"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("line 1: unknown column 'type'", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 1: missing column(s) property_name, property_type", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task ImportCsv_OutExistsAndImportFails_LeavesTheOldFileUnchanged()
    {
        using var temp = new TempDirectory();
        var output = temp.Write("contract.json", "previous");

        var run = await CliRun.InvokeAsync("import", "csv", TestPaths.TestData("csv", "bad-rows.csv"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("previous", File.ReadAllText(output));
        Assert.Equal(["contract.json"], temp.Files());
    }
}
