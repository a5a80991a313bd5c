using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Support;

/// <summary>Loads contracts written inline in tests, failing the test with the diagnostics when one does not load.</summary>
internal static class TestContracts
{
    public static Contract Load(string json)
    {
        var result = ContractLoader.Load(json);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    public static Contract LoadFile(string path)
    {
        var result = ContractLoader.LoadFile(path);
        Assert.True(result.Success, path + "\n" + string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    /// <summary>A contract with these events (each a JSON object) and no globals.</summary>
    public static Contract WithEvents(params string[] events) =>
        Load("{\"format_version\":\"trackboard.contract.v1\",\"events\":[" + string.Join(',', events) + "]}");
}
