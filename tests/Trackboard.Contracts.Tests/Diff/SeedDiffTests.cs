using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Diff;

public sealed class SeedDiffTests
{
    internal static Contract LoadSeed(string name)
    {
        var result = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", name));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    [Fact]
    public void Compare_SeedV1ToBreaking_IsBreakingWithTypeChangeAndEnumValueRemoved()
    {
        var before = LoadSeed("web-analytics.v1.json");
        var after = LoadSeed("web-analytics.breaking.json");

        var result = ContractDiff.Compare(before, after);

        Assert.True(result.Breaking);
        var codes = result.Changes.Select(c => c.Code).ToList();
        Assert.Contains(ChangeCodes.PropertyTypeChanged, codes);
        Assert.Contains(ChangeCodes.EnumValueRemoved, codes);
        var typeChange = Assert.Single(result.Changes, c => c.Code == ChangeCodes.PropertyTypeChanged);
        Assert.Equal(("signup_completed", "signup_method", "properties.signup_method.type", "string", "integer"),
            (typeChange.Event, typeChange.Property, typeChange.Path, typeChange.Before, typeChange.After));
        Assert.Equal(["\"email\"", "\"github\""], result.Changes.Where(c => c.Code == ChangeCodes.EnumValueRemoved).Select(c => c.Before));
    }

    [Fact]
    public void Compare_SeedBreakingFile_LoadsWithEnumKindWarning()
    {
        var result = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", "web-analytics.breaking.json"));

        Assert.True(result.Success);
        Assert.Contains(result.Warnings, d => d.Code == ContractErrorCodes.EnumValueKindMismatch);
    }

    [Fact]
    public void Compare_SameContract_HasNoChanges()
    {
        var contract = LoadSeed("web-analytics.v1.json");

        var result = ContractDiff.Compare(contract, contract);

        Assert.False(result.Breaking);
        Assert.Empty(result.Changes);
        Assert.Equal(new DiffSummary(0, 0, 0), result.Summary);
    }
}
