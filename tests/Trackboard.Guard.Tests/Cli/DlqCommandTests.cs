using System.Text.Json;
using Trackboard.Guard.Tests.Config;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Cli;

/// <summary><c>trackboard-guard dlq list|export</c> as a process, over a store a real Guard filled.</summary>
public sealed class DlqCommandTests
{
    [Fact]
    public async Task DlqListAndExport_TwoBlockedRows_OneLineEachWithReasonsAndOriginalBytes()
    {
        await using var guard = await GuardServer.StartAsync();
        var blocked = Payloads.Signup("m-dlq", method: "twitter");
        await guard.Client.PostAsync("/v1/track", Payloads.Json(blocked));
        await guard.Client.PostAsync("/v1/batch", Payloads.Json("""{"batch":[42]}"""));
        await guard.StopAsync();
        var config = ConfigTests.WriteYaml($"contract_file: \"{guard.ContractPath}\"\nstore_file: \"{guard.Options.StoreFile}\"\n");

        var list = await GuardProcess.RunAsync("dlq", "list", "--config", config);
        var export = await GuardProcess.RunAsync("dlq", "export", "--format", "ndjson", "--config", config);

        Assert.True(list.Exit == 0, list.Stderr);
        var lines = list.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(["blocked", "pending", "default", "signup_completed", "enum_violation", "m-dlq"], lines[0].Split('\t').Where((_, i) => i is 1 or 2 or >= 4));
        Assert.Contains("2 DLQ row(s).", list.Stderr, StringComparison.Ordinal);

        Assert.True(export.Exit == 0, export.Stderr);
        var rows = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.EndsWith(",\"event_json\":" + blocked + "}", rows[0], StringComparison.Ordinal);
        using var first = JsonDocument.Parse(rows[0]);
        Assert.Equal("blocked", first.RootElement.GetProperty("kind").GetString());
        Assert.Equal("enum_violation", first.RootElement.GetProperty("reasons")[0].GetString());
        Assert.Equal("version_1", first.RootElement.GetProperty("contract_version").GetString());
        Assert.Equal("enum_violation", first.RootElement.GetProperty("violations")[0].GetProperty("code").GetString());
        using var second = JsonDocument.Parse(rows[1]);
        Assert.Equal("invalid_payload_shape", second.RootElement.GetProperty("reasons")[0].GetString());
        Assert.Equal(42, second.RootElement.GetProperty("event_json").GetInt32());
    }

    [Fact]
    public async Task DlqList_BadConfig_Exit64WithTheKey()
    {
        var config = ConfigTests.WriteYaml("worker_count: 0\n");

        var list = await GuardProcess.RunAsync("dlq", "list", "--config", config);

        Assert.Equal(64, list.Exit);
        Assert.Contains("worker_count", list.Stderr, StringComparison.Ordinal);
    }
}
