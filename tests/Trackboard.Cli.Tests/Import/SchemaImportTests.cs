using Trackboard.Cli.Tests.Support;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Tests.Import;

public sealed class SchemaImportTests
{
    [Fact]
    public async Task ImportJsonSchema_ExportedDirectory_RoundTripsToTheSameHash()
    {
        using var temp = new TempDirectory();
        var source = TestPaths.TestData("contracts", "roundtrip.json");
        var schemas = temp.File("schemas");
        var imported = temp.File("imported.json");

        var export = await CliRun.InvokeAsync("export", "json-schema", "--contract", source, "--out", schemas);
        var import = await CliRun.InvokeAsync("import", "json-schema", schemas, "--out", imported);

        Assert.Equal(ExitCodes.Ok, export.ExitCode);
        Assert.Equal(ExitCodes.Ok, import.ExitCode);
        var original = ContractLoader.LoadFile(source).Contract!;
        var roundTripped = ContractLoader.LoadFile(imported).Contract!;
        Assert.Equal(ContractHasher.Hash(original), ContractHasher.Hash(roundTripped));
    }

    [Fact]
    public async Task ImportJsonSchema_OneEventSchema_KeepsThatEventsRules()
    {
        using var temp = new TempDirectory();
        var source = TestPaths.TestData("contracts", "roundtrip.json");
        var schemas = temp.File("schemas");
        await CliRun.InvokeAsync("export", "json-schema", "--contract", source, "--out", schemas);

        var run = await CliRun.InvokeAsync("import", "json-schema", Path.Combine(schemas, "events", "order_completed.schema.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var contract = ContractLoader.Load(run.Out).Contract!;
        var original = ContractLoader.LoadFile(source).Contract!;
        Assert.Equal(original.FindEvent("order_completed"), contract.FindEvent("order_completed"), EventComparer.Instance);
        Assert.Equal("plan_shop", contract.PlanId);
    }

    [Fact]
    public async Task ImportSegment_ConfigApiPlan_ReadsEventsPropertiesAndIdentifyTraits()
    {
        var run = await CliRun.InvokeAsync("import", "segment", TestPaths.TestData("segment", "config-api.json"));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Snapshot.Match("import/segment-config-api.contract.json", run.Out);
    }

    [Fact]
    public async Task ImportSegment_UnsupportedConstruct_ReportsItsPathAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var output = temp.File("contract.json");

        var run = await CliRun.InvokeAsync("import", "segment", TestPaths.TestData("segment", "public-api.json"), "--out", output);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("$.rules[1].properties.properties.properties['query']: uses anyOf", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    private sealed class EventComparer : IEqualityComparer<EventDefinition?>
    {
        public static EventComparer Instance { get; } = new();

        public bool Equals(EventDefinition? x, EventDefinition? y) =>
            x is not null && y is not null
            && ContractHasher.Hash(new Contract { Events = [x] }) == ContractHasher.Hash(new Contract { Events = [y] });

        public int GetHashCode(EventDefinition? obj) => 0;
    }
}
