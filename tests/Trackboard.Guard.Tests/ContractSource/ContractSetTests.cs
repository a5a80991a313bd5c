using System.Text.Json;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Validation;
using Trackboard.Contracts.Versioning;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.ContractSource;

public sealed class ContractSetTests
{
    private static readonly ContractSet s_set = Build();

    private static ContractSet Build()
    {
        var seed = ContractLoader.LoadFile(GuardServer.SeedContract).Contract!;
        LoadedContract Version(long n) => new(CompiledContract.Compile(seed with { VersionNumber = n, VersionId = "ver-" + n }), "ver-" + n);
        var held = new Dictionary<long, LoadedContract> { [1] = Version(1), [3] = Version(3), [4] = Version(4) };
        AppVersion.TryParse("1.0", out var from);
        AppVersion.TryParse("2.0", out var to);
        AppVersion.TryParse("2.0", out var from2);
        return new ContractSet(held[4], held, [new AppVersionRule(from!, to, 1), new AppVersionRule(from2!, null, 2)]);
    }

    private static (string Version, string SelectedBy) Select(string context)
    {
        using var document = JsonDocument.Parse("{\"event\":\"e\",\"context\":" + context + "}");
        var (contract, selectedBy) = s_set.Select(document.RootElement);
        return (contract.Version, selectedBy);
    }

    [Theory]
    [InlineData("""{"trackboard":{"contract_version":3}}""")]
    [InlineData("""{"trackboard":{"contract_version":"3"}}""")]
    [InlineData("""{"trackboard":{"contract_version":"v3"}}""")]
    [InlineData("""{"trackboard":{"contract_version":"ver-3"}}""")]
    [InlineData("""{"trackboard":{"contract_version":3},"app":{"version":"1.2"}}""")]
    public void Select_StampOfHeldVersion_ThatVersion(string context)
    {
        Assert.Equal(("ver-3", ContractSelection.Stamp), Select(context));
    }

    [Theory]
    [InlineData("""{"app":{"version":"1.0"}}""")]
    [InlineData("""{"app":{"version":"1.9.9-rc.1"}}""")]
    [InlineData("""{"trackboard":{"contract_version":2},"app":{"version":"v1.5 (77)"}}""")]
    public void Select_AppVersionInMappedRange_MappedVersion(string context)
    {
        Assert.Equal(("ver-1", ContractSelection.AppVersion), Select(context));
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("""{"trackboard":{"contract_version":2}}""")]
    [InlineData("""{"trackboard":{"contract_version":3.5}}""")]
    [InlineData("""{"trackboard":"3"}""")]
    [InlineData("""{"app":{"version":"2.0"}}""")]
    [InlineData("""{"app":{"version":"0.9"}}""")]
    [InlineData("""{"app":{"version":"beta"}}""")]
    [InlineData("""{"app":{"version":1}}""")]
    public void Select_NothingHeldApplies_Latest(string context)
    {
        Assert.Equal(("ver-4", ContractSelection.Latest), Select(context));
    }
}
