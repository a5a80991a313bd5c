using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trackboard.Integration.Tests.Support;
using Trackboard.Server.Data;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Integration.Tests;

/// <summary>A real Server and a real Guard pulling its contract over HTTP.</summary>
public sealed class ContractPullTests
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(500);

    private static async Task<(ApiClient Owner, string Token, Guid Plan, long Revision, string Version1)> PublishedPlanAsync(ServerHost server)
    {
        var (owner, token) = await server.RegisterAsync();
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var v1 = await PlanSteps.PublishAsync(owner, plan, r1);
        Assert.True(v1.Code == 201, v1.ToString());
        return (owner, token, plan, r1, v1.Json["version_id"]!.GetValue<string>());
    }

    private static JsonObject Signup(string method, JsonObject? context = null) => new()
    {
        ["event"] = "signup_completed", ["userId"] = "u1", ["messageId"] = Guid.NewGuid().ToString(),
        ["properties"] = new JsonObject { ["signup_method"] = method }, ["context"] = context,
    };

    private static async Task WaitForVersionAsync(GuardHost guard, string version) =>
        await Eventually.TrueAsync(async () => await guard.ReadyVersionAsync() == version, $"Guard serving version {version}");

    [Fact]
    public async Task Publish_GuardPolling_AppliesNewVersionWithinPollInterval()
    {
        await using var server = ServerHost.Start();
        var (owner, token, plan, revision, version1) = await PublishedPlanAsync(server);
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, token, s_poll);
        await WaitForVersionAsync(guard, version1);
        var unplanned = await guard.TrackAsync(new JsonObject { ["event"] = "order_completed", ["userId"] = "u1" });
        var added = await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = revision, ["event_name"] = "order_completed" });

        var clock = Stopwatch.StartNew();
        var version2 = (await PlanSteps.PublishAsync(owner, plan, added.Json["draft_revision"]!.GetValue<long>())).Json["version_id"]!.GetValue<string>();
        await WaitForVersionAsync(guard, version2);
        clock.Stop();
        var planned = await guard.TrackAsync(new JsonObject { ["event"] = "order_completed", ["userId"] = "u1" });

        Assert.Equal("blocked", unplanned["decision"]!.GetValue<string>());
        Assert.True(clock.Elapsed < s_poll + TimeSpan.FromSeconds(3), $"applied after {clock.Elapsed}");
        Assert.Equal(("accepted", version2), (planned["decision"]!.GetValue<string>(), planned["contract_version"]!.GetValue<string>()));
        Assert.Equal(["v1.json", "v2.json"], Directory.GetFiles(guard.CacheDirectory, "v*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ServerDown_Guard_KeepsServingAndRestartsFromItsCache()
    {
        var server = ServerHost.Start();
        var (_, token, plan, _, version1) = await PublishedPlanAsync(server);
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, token, s_poll);
        await WaitForVersionAsync(guard, version1);

        await server.DisposeAsync();
        await Eventually.TrueAsync(async () => !(await guard.MetricsAsync()).Contains("trackboard_guard_contract_pull_errors_total 0\n", StringComparison.Ordinal),
            "a failed poll of the stopped Server");
        var whileDown = await guard.TrackAsync(Signup("email"));
        await guard.RestartAsync();
        var readyAfterRestart = await guard.ReadyVersionAsync();
        var afterRestart = await guard.TrackAsync(Signup("fax"));

        Assert.Equal(("accepted", version1), (whileDown["decision"]!.GetValue<string>(), whileDown["contract_version"]!.GetValue<string>()));
        Assert.Equal(version1, readyAfterRestart);
        Assert.Equal("blocked", afterRestart["decision"]!.GetValue<string>());
        Assert.Contains("enum_violation", afterRestart["codes"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task DamagedContractFromServer_Guard_RefusesAndKeepsCurrentVersion()
    {
        await using var server = ServerHost.Start();
        var (_, token, plan, _, version1) = await PublishedPlanAsync(server);
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, token, s_poll);
        await WaitForVersionAsync(guard, version1);

        // A version 2 whose bytes were altered after export: it still loads, but its hash no longer matches its content.
        using (var scope = server.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
            var first = await db.Versions.AsNoTracking().SingleAsync(v => v.PlanId == plan);
            var text = Encoding.UTF8.GetString(first.Contract)
                .Replace("\"version_number\":1", "\"version_number\":2", StringComparison.Ordinal)
                .Replace("A user finished signing up", "Tampered", StringComparison.Ordinal);
            db.Versions.Add(new PlanVersion
            {
                Id = Guid.NewGuid(), OrgId = first.OrgId, PlanId = plan, Number = 2, Hash = first.Hash, SchemaHash = first.SchemaHash,
                Contract = Encoding.UTF8.GetBytes(text), ReportJson = "{}", PublishedBy = first.PublishedBy, PublishedAt = first.PublishedAt,
            });
            await db.SaveChangesAsync();
        }
        await Eventually.TrueAsync(async () => !(await guard.MetricsAsync()).Contains("trackboard_guard_contract_reload_failures_total 0\n", StringComparison.Ordinal),
            "the damaged version refused");
        var stillServing = await guard.TrackAsync(Signup("google"));

        Assert.Equal(version1, await guard.ReadyVersionAsync());
        Assert.Equal(("accepted", version1), (stillServing["decision"]!.GetValue<string>(), stillServing["contract_version"]!.GetValue<string>()));
        Assert.DoesNotContain("v2.json", Directory.GetFiles(guard.CacheDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task OldBuilds_StampedOrMappedByAppVersion_ValidateAgainstTheirVersion()
    {
        await using var server = ServerHost.Start();
        var (owner, token, plan, revision, version1) = await PublishedPlanAsync(server);
        var signup = (await owner.Get($"plans/{plan}/events")).Json.AsArray().First(e => e!["event_name"]!.GetValue<string>() == "signup_completed")!["id"]!.GetValue<string>();
        var required = await owner.Post($"events/{signup}/properties", new JsonObject
        {
            ["draft_revision"] = revision, ["name"] = "plan_tier", ["type"] = "string", ["required"] = true,
        });
        Assert.True(required.Code == 201, required.ToString());
        var v2 = await PlanSteps.PublishAsync(owner, plan, required.Json["draft_revision"]!.GetValue<long>(), allowBreaking: true);
        Assert.True(v2.Code == 201, v2.ToString());
        var mapping = await owner.Post($"plans/{plan}/app-versions", new JsonObject { ["app_version_from"] = "1.0", ["app_version_to"] = "2.0", ["contract_version"] = 1 });
        Assert.True(mapping.Code == 201, mapping.ToString());
        // Keeping only the latest version: version 1 is held because the map names it.
        await using var guard = await GuardHost.StartAsync(server.BaseAddress, plan, token, s_poll, keepVersions: 1);
        var version2 = v2.Json["version_id"]!.GetValue<string>();
        await WaitForVersionAsync(guard, version2);

        var unstamped = await guard.TrackAsync(Signup("google"));
        var stamped = await guard.TrackAsync(Signup("google", new JsonObject { ["trackboard"] = new JsonObject { ["contract_version"] = 1 } }));
        var oldBuild = await guard.TrackAsync(Signup("google", new JsonObject { ["app"] = new JsonObject { ["version"] = "1.4.2 (311)" } }));
        var newBuild = await guard.TrackAsync(Signup("google", new JsonObject { ["app"] = new JsonObject { ["version"] = "2.0" } }));
        var metrics = await guard.MetricsAsync();

        Assert.Equal(("blocked", version2, "latest"), Decision(unstamped));
        Assert.Contains("missing_required_property", unstamped["codes"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal(("accepted", version1, "stamp"), Decision(stamped));
        Assert.Equal(("accepted", version1, "app_version"), Decision(oldBuild));
        Assert.Equal(("blocked", version2, "latest"), Decision(newBuild));
        Assert.Contains($"trackboard_guard_events_validated_total{{contract_version=\"{version1}\",selected_by=\"stamp\"}} 1\n", metrics, StringComparison.Ordinal);
        Assert.Contains("trackboard_guard_contract_versions_held 2\n", metrics, StringComparison.Ordinal);
    }

    private static (string Decision, string Version, string SelectedBy) Decision(JsonNode result) =>
        (result["decision"]!.GetValue<string>(), result["contract_version"]!.GetValue<string>(), result["contract_selected_by"]!.GetValue<string>());
}
