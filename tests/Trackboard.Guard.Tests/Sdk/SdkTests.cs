using System.Diagnostics;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Sdk;

/// <summary>The real analytics SDKs from npm pointed at Guard.</summary>
public sealed class SdkTests
{
    private static GuardOptions WithKey(GuardOptions o) => o with { WriteKeys = new Dictionary<string, string> { ["sdk-key"] = "sdk" } };

    [FactRequiringTool(ExternalTools.Node, "@segment/analytics-node")]
    public async Task SegmentAnalyticsNode_Batch_ValidQueuedInvalidBlocked()
    {
        ExternalTools.Require(ExternalTools.Node, "@segment/analytics-node");
        await using var guard = await GuardServer.StartAsync(configure: WithKey);

        var (exit, output) = await RunNodeAsync("segment-send.mjs", guard.Client.BaseAddress!.ToString().TrimEnd('/'), "sdk-key", "40");

        Assert.True(exit == 0, output);
        Assert.Equal(41, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE source = 'sdk'"));
        Assert.True(1 == guard.Scalar("SELECT COUNT(*) FROM dlq WHERE reasons = 'enum_violation'"), guard.ScalarText("SELECT group_concat(reasons || ' ' || call_type, '; ') FROM dlq"));
        Assert.True(1 == guard.Scalar("SELECT COUNT(*) FROM outbox WHERE CAST(body AS TEXT) LIKE '%\"type\":\"identify\"%'"), guard.ScalarText("SELECT CAST(body AS TEXT) FROM outbox ORDER BY id DESC LIMIT 1"));
    }

    [FactRequiringTool(ExternalTools.Node, "@rudderstack/rudder-sdk-node")]
    public async Task RudderSdkNode_GzipBatch_ValidQueuedUnplannedBlocked()
    {
        ExternalTools.Require(ExternalTools.Node, "@rudderstack/rudder-sdk-node");
        await using var guard = await GuardServer.StartAsync(configure: WithKey);

        var (exit, output) = await RunNodeAsync("rudder-send.mjs", guard.Client.BaseAddress!.ToString().TrimEnd('/'), "sdk-key", "25");

        Assert.True(exit == 0, output);
        Assert.Equal(25, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE source = 'sdk'"));
        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM dlq WHERE reasons = 'unknown_event'"));
    }

    private static async Task<(int Exit, string Output)> RunNodeAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo(ExternalTools.NodePath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["TRACKBOARD_TOOLS"] = ExternalTools.ToolsDirectory },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Sdk", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
