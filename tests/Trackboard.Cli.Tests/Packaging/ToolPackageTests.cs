using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Packaging;

/// <summary>The tool package a user installs: pack, install from a local folder, run. Slow (a pack and a restore).</summary>
[Collection(CliBuildCollection.Name)]
public sealed class ToolPackageTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void Pack_InstallFromLocalSource_RunsVersionAndValidate()
    {
        using var packages = new TempDirectory();
        using var tools = new TempDirectory();
        var project = Path.Combine(TestPaths.RepositoryRoot, "src", "Trackboard.Cli", "Trackboard.Cli.csproj");

        var pack = ProcessRun.Run("dotnet", ["pack", project, "-o", packages.Path, "--nologo"]);
        var install = ProcessRun.Run("dotnet", ["tool", "install", "Trackboard.Cli", "--tool-path", tools.Path, "--add-source", packages.Path]);
        var trackboard = tools.File(OperatingSystem.IsWindows() ? "trackboard.exe" : "trackboard");
        var version = ProcessRun.Run(trackboard, ["--version"]);
        var validate = ProcessRun.Run(trackboard, ["validate", "--contract", Seeds.ContractV1, "--event", Seeds.SignupInvalid]);

        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains(packages.Files(), f => f.StartsWith("Trackboard.Cli.", StringComparison.Ordinal) && f.EndsWith(".nupkg", StringComparison.Ordinal));
        Assert.True(install.ExitCode == 0, install.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", version.Out);
        Assert.Equal(ExitCodes.Invalid, validate.ExitCode);
        Assert.Contains("enum_violation", validate.Out, StringComparison.Ordinal);
        Assert.Contains("unknown_property", validate.Out, StringComparison.Ordinal);
    }
}
