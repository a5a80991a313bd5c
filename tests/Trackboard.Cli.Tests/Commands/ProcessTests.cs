using System.Text.Json;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

/// <summary>The same commands as a real process: exit codes, and stdout/stderr kept apart.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void Validate_AsProcessWithJsonFormat_ExitsOneAndStdoutIsOnlyJson()
    {
        var run = ProcessRun.Cli("validate", "--contract", Seeds.ContractV1, "--event", Seeds.SignupInvalid, "--format", "json");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("invalid").GetInt32());
    }

    [Fact]
    public void Diff_AsProcessOnSeedPair_ExitsTwoAndWarnsOnStderrOnly()
    {
        var run = ProcessRun.Cli("diff", Seeds.ContractV1, Seeds.ContractBreaking, "--format", "json");

        Assert.Equal(ExitCodes.Breaking, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        Assert.True(document.RootElement.GetProperty("breaking").GetBoolean());
        Assert.Contains("enum_value_kind_mismatch", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_AsProcess_Exits64WithNothingOnStdout()
    {
        var run = ProcessRun.Cli("diff", "--nope");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_AsProcess_PrintsTheVersion()
    {
        var run = ProcessRun.Cli("--version");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", run.Out);
    }
}
