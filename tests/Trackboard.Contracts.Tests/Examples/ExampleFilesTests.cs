using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Examples;

/// <summary>The files under <c>examples/</c> are what the README and the docs show; they must stay correct.</summary>
public sealed class ExampleFilesTests
{
    public static TheoryData<string> ContractFiles()
    {
        var files = Directory.GetFiles(TestPaths.Examples("contracts"), "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        return [.. files.Select(f => Path.GetFileName(f))];
    }

    [Theory]
    [MemberData(nameof(ContractFiles))]
    public void LoadFile_ExampleContract_LoadsWithoutDiagnostics(string fileName)
    {
        var result = ContractLoader.LoadFile(TestPaths.Examples("contracts", fileName));

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}
