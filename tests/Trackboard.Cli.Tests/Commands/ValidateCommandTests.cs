using System.Text.Json;
using Trackboard.Cli.Tests.Support;

namespace Trackboard.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_SeedValidEvent_ExitsZero()
    {
        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", Seeds.SignupValid);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Equal(Seeds.SignupValid + ": valid.\n", run.Out);
    }

    [Fact]
    public async Task Validate_SeedInvalidEvent_ExitsOneWithEnumViolationAndUnknownProperty()
    {
        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", Seeds.SignupInvalid);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Snapshot.Match("validate/seed-invalid.txt", run.Out.Replace(Seeds.SignupInvalid, "signup.invalid.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_JsonFormat_WritesOnlyJsonToStdout()
    {
        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", Seeds.SignupInvalid, "--format", "json");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var codes = document.RootElement.GetProperty("results")[0].GetProperty("violations").EnumerateArray()
            .Select(v => v.GetProperty("code").GetString()).ToList();
        Assert.Equal(["enum_violation", "unknown_property"], codes);
        Assert.Equal(1, document.RootElement.GetProperty("summary").GetProperty("invalid").GetInt32());
    }

    [Fact]
    public async Task Validate_NdjsonWithBadLineInTheMiddle_ReportsLineAndValidatesTheRest()
    {
        using var temp = new TempDirectory();
        var events = temp.Write("events.ndjson", string.Join('\n',
            """{"event":"signup_completed","properties":{"user_id":"u1","signup_method":"google"}}""",
            """{"event":"signup_completed","properties":{"user_id":""",
            "",
            """{"event":"signup_completed","properties":{"user_id":"u3","signup_method":"fax"}}""",
            """{"event":"signup_completed","properties":{"user_id":"u4","signup_method":"email"}}""") + "\n");

        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", events);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Snapshot.Match("validate/ndjson-bad-line.txt", run.Out.Replace(events, "events.ndjson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_JsonArray_ReportsEachInvalidElementByIndex()
    {
        using var temp = new TempDirectory();
        var events = temp.Write("events.json", """
            [
              {"event":"signup_completed","properties":{"user_id":"u1","signup_method":"google"}},
              {"event":"nope","properties":{}}
            ]
            """);

        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", events, "--format", "json");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var result = Assert.Single(document.RootElement.GetProperty("results").EnumerateArray());
        Assert.Equal(1, result.GetProperty("index").GetInt32());
        Assert.Equal("unknown_event", result.GetProperty("violations")[0].GetProperty("code").GetString());
        Assert.Equal(2, document.RootElement.GetProperty("summary").GetProperty("events").GetInt32());
    }

    [Fact]
    public async Task Validate_MissingEventFile_Exits65NamingIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), "trackboard-no-such-" + Guid.NewGuid().ToString("N") + ".json");

        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", missing);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(missing + ": no such file", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Validate_DirectoryAsContract_Exits65SayingItIsADirectory()
    {
        using var temp = new TempDirectory();

        var run = await CliRun.InvokeAsync("validate", "--contract", temp.Path, "--event", Seeds.SignupValid);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(temp.Path + " is a directory", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnreadableEventJson_Exits65WithLineAndColumn()
    {
        using var temp = new TempDirectory();
        var events = temp.Write("event.json", "{\n  \"event\": \"signup_completed\",\n  \"properties\": {,}\n}\n");

        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", events);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(events + ":3:", run.Error, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ContractThatFailsToLoad_Exits65ListingEveryError()
    {
        var contract = TestPaths.TestData("contracts", "broken.json");

        var run = await CliRun.InvokeAsync("validate", "--contract", contract, "--event", Seeds.SignupValid);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("invalid_property_type at $.events[0].properties[0].type", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid_constraint at $.events[0].properties[1].constraints.min", run.Error, StringComparison.Ordinal);
        Assert.Contains("duplicate_event", run.Error, StringComparison.Ordinal);
        Assert.Contains(contract + ":8:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_UnknownOption_Exits64WithUsageOnStderr()
    {
        var run = await CliRun.InvokeAsync("validate", "--contract", Seeds.ContractV1, "--event", Seeds.SignupValid, "--colour");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
        Assert.Contains("trackboard validate", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Run_UnknownCommand_Exits64WithUsage()
    {
        var run = await CliRun.InvokeAsync("valdate");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("valdate", run.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingRequiredOption_Exits64()
    {
        var run = await CliRun.InvokeAsync("validate", "--event", Seeds.SignupValid);

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--contract", run.Error, StringComparison.Ordinal);
    }
}
