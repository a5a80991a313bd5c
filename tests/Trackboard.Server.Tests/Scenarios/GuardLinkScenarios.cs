using System.Globalization;
using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>What Guards push back: DLQ rows (<c>POST /plans/{id}/guard/dlq</c>) and counts (<c>POST /plans/{id}/guard/counts</c>).</summary>
public static class GuardLinkScenarios
{
    private static async Task<(ApiClient Owner, Guid Plan, ApiClient Guard)> PlanWithGuardTokenAsync(ServerFixture f, string scope = "write")
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, r1)).Code);
        var token = await owner.Post("auth/tokens", new JsonObject { ["name"] = "guard", ["scope"] = scope });
        Assert.True(token.Code == 201, token.ToString());
        var guard = f.Client();
        guard.Token = token.Json["token"]!.GetValue<string>();
        return (owner, plan, guard);
    }

    public static JsonObject Window(ServerFixture f, string windowId, params (string Source, string Version, string Event, long Valid, long Invalid)[] rows) => new()
    {
        ["guard_id"] = "edge-1",
        ["window_id"] = windowId,
        ["window_start"] = f.Time.GetUtcNow().AddMinutes(-1).ToString("O", CultureInfo.InvariantCulture),
        ["window_end"] = f.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        ["counts"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
        {
            ["source"] = r.Source, ["contract_version"] = r.Version, ["event"] = r.Event, ["valid"] = r.Valid, ["invalid"] = r.Invalid,
        })]),
    };

    public static async Task GuardCounts_SameWindowTwice_CountedOnceInStatsAndStatus(ServerFixture f)
    {
        var (owner, plan, guard) = await PlanWithGuardTokenAsync(f);
        await using var feed = await SseStream.OpenAsync(f.Client().Http, $"plans/{plan}/live", owner.Token);
        await feed.NextAsync();
        var window = Window(f, "w1", ("web", "1", "signup_completed", 8, 2), ("ios", "1", "signup_completed", 5, 0), ("web", "1", "order_completed", 0, 3));

        var first = await guard.Post($"plans/{plan}/guard/counts", window);
        var again = await guard.Post($"plans/{plan}/guard/counts", window);
        var live = await feed.NextAsync();
        var stats = await owner.Get($"plans/{plan}/validate/stats");
        var status = await owner.Get($"plans/{plan}/implementation-status");
        var counts = await owner.Get($"plans/{plan}/guard/counts");

        Assert.True(first.Code == 200, first.ToString());
        Assert.Equal((false, 3), (first.Json["duplicate"]!.GetValue<bool>(), first.Json["rows"]!.GetValue<int>()));
        Assert.Equal((true, 0), (again.Json["duplicate"]!.GetValue<bool>(), again.Json["rows"]!.GetValue<int>()));
        Assert.Equal((18L, 13L, 5L), (stats.Json["total_events"]!.GetValue<long>(), stats.Json["valid_count"]!.GetValue<long>(), stats.Json["invalid_count"]!.GetValue<long>()));
        Assert.Equal(0.7222, stats.Json["compliance_rate"]!.GetValue<double>());
        Assert.Equal(18L, stats.Json["by_origin"]!["guard"]!["total_events"]!.GetValue<long>());
        Assert.Equal(0L, stats.Json["by_origin"]!["validate_api"]!["total_events"]!.GetValue<long>());
        Assert.Equal(["order_completed", "signup_completed"], stats.Json["top_failing_events"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
        var events = status.Json["events"]!.AsArray().ToDictionary(e => e!["event_name"]!.GetValue<string>(), e => e!);
        Assert.Equal(("mixed", 13L, 2L, true), (events["signup_completed"]["status"]!.GetValue<string>(), events["signup_completed"]["valid_count"]!.GetValue<long>(),
            events["signup_completed"]["invalid_count"]!.GetValue<long>(), events["signup_completed"]["in_plan"]!.GetValue<bool>()));
        Assert.Equal(("seen_invalid", false), (events["order_completed"]["status"]!.GetValue<string>(), events["order_completed"]["in_plan"]!.GetValue<bool>()));
        Assert.Equal(["ios/1/5/0", "web/1/8/5"], counts.Json["by_source_version"]!.AsArray().Select(r =>
            $"{r!["source"]}/{r["contract_version"]}/{r["valid_count"]}/{r["invalid_count"]}"));
        Assert.Equal(("validation", "guard_counts", 13L), (live.Event, live.Data["origin"]!.GetValue<string>(), live.Data["valid_count"]!.GetValue<long>()));
    }

    public static async Task GuardDlqPush_SameRowsAsAnImport_FiledOnceAndShownLive(ServerFixture f)
    {
        var (owner, plan, guard) = await PlanWithGuardTokenAsync(f);
        await using var feed = await SseStream.OpenAsync(f.Client().Http, $"plans/{plan}/live", owner.Token);
        await feed.NextAsync();
        var at = f.Time.GetUtcNow().AddMinutes(-5);
        var rows = string.Join('\n', GuardExport.Blocked(1, "m1", "twitter", at), GuardExport.Blocked(2, "m2", "fax", at.AddSeconds(1))) + "\n";

        var pushed = await guard.Post($"plans/{plan}/guard/dlq", rows);
        var live = await feed.NextAsync();
        var repushed = await guard.Post($"plans/{plan}/guard/dlq", rows);
        var imported = await owner.Post($"plans/{plan}/dlq/import", rows);
        var list = await owner.Get($"plans/{plan}/dlq?origin=guard");

        Assert.True(pushed.Code == 200, pushed.ToString());
        Assert.Equal((2, 0), (pushed.Json["imported"]!.GetValue<int>(), pushed.Json["duplicates"]!.GetValue<int>()));
        Assert.Equal((0, 2), (repushed.Json["imported"]!.GetValue<int>(), repushed.Json["duplicates"]!.GetValue<int>()));
        Assert.Equal((0, 2), (imported.Json["imported"]!.GetValue<int>(), imported.Json["duplicates"]!.GetValue<int>()));
        Assert.Equal(2, list.Json["total"]!.GetValue<int>());
        Assert.Equal(("validation", "guard", false), (live.Event, live.Data["origin"]!.GetValue<string>(), live.Data["valid"]!.GetValue<bool>()));
        Assert.Equal(("blocked", "web"), (live.Data["kind"]!.GetValue<string>(), live.Data["source"]!.GetValue<string>()));
        Assert.Equal("enum_violation", live.Data["violations"]![0]!["code"]!.GetValue<string>());
        Assert.DoesNotContain("twitter", live.Data.ToJsonString(), StringComparison.Ordinal);
    }

    public static async Task GuardPush_VersionIdHashOrVLabel_StoredUnderTheVersionNumber(ServerFixture f)
    {
        var (owner, plan, guard) = await PlanWithGuardTokenAsync(f);
        var v1 = (await owner.Get($"plans/{plan}/versions")).Json.AsArray().Single()!;
        var (id, hash) = (v1["version_id"]!.GetValue<string>(), v1["hash"]!.GetValue<string>());
        var stranger = Guid.NewGuid().ToString();
        var at = f.Time.GetUtcNow().AddMinutes(-5);
        var rows = string.Join('\n',
            GuardExport.Blocked(1, "m1", "fax", at, contractVersion: id), GuardExport.Blocked(2, "m2", "fax", at.AddSeconds(1), contractVersion: "v1"),
            GuardExport.Blocked(3, "m3", "fax", at.AddSeconds(2), contractVersion: hash), GuardExport.Blocked(4, "m4", "fax", at.AddSeconds(3), contractVersion: stranger));

        var pushed = await guard.Post($"plans/{plan}/guard/dlq", rows);
        var window = await guard.Post($"plans/{plan}/guard/counts", Window(f, "w1",
            ("web", id, "signup_completed", 3, 1), ("web", "v1", "signup_completed", 2, 0), ("web", "sha256:" + new string('0', 64), "signup_completed", 1, 0)));
        var list = await owner.Get($"plans/{plan}/dlq?origin=guard");
        var counts = await owner.Get($"plans/{plan}/guard/counts");
        var revision = await PlanSteps.RevisionAsync(owner, plan);
        var added = await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = revision, ["event_name"] = "page_viewed" });
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, added.Json["draft_revision"]!.GetValue<long>())).Code);
        var group = list.Json["items"]!.AsArray().First(e => e!["contract_version"]!.GetValue<string>() == "1")!["fingerprint"]!.GetValue<string>();
        var triage = (await owner.Get($"plans/{plan}/dlq/groups/{group}")).Json["triage"]!;

        Assert.True(pushed.Code == 200, pushed.ToString());
        Assert.Equal(["1", "1", "1", stranger], list.Json["items"]!.AsArray().Select(e => e!["contract_version"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.True(window.Code == 200, window.ToString());
        Assert.Equal(2, window.Json["rows"]!.GetValue<int>());
        Assert.Equal(["web/1/5/1", $"web/sha256:{new string('0', 64)}/1/0"], counts.Json["by_source_version"]!.AsArray().Select(r =>
            $"{r!["source"]}/{r["contract_version"]}/{r["valid_count"]}/{r["invalid_count"]}"));
        Assert.Contains(triage["signals"]!.AsArray(), s => s!.GetValue<string>().StartsWith("Validated against contract version 1, but version 2 is published", StringComparison.Ordinal));
    }

    public static async Task GuardPush_ReadToken_Forbidden(ServerFixture f)
    {
        var (_, plan, guard) = await PlanWithGuardTokenAsync(f, scope: "read");

        var counts = await guard.Post($"plans/{plan}/guard/counts", Window(f, "w1", ("web", "1", "signup_completed", 1, 0)));
        var dlq = await guard.Post($"plans/{plan}/guard/dlq", GuardExport.Blocked(1, "m1", "fax", f.Time.GetUtcNow()));
        var read = await guard.Get($"plans/{plan}/guard/counts");

        Assert.Equal((403, "forbidden"), (counts.Code, counts.Json["code"]!.GetValue<string>()));
        Assert.Equal(403, dlq.Code);
        Assert.Equal(200, read.Code);
    }

    public static async Task GuardCounts_BadWindows_CodeAndPath(ServerFixture f)
    {
        var (_, plan, guard) = await PlanWithGuardTokenAsync(f);
        var good = Window(f, "w-ok", ("web", "1", "signup_completed", 1, 0));
        JsonObject With(Action<JsonObject> change)
        {
            var copy = (JsonObject)good.DeepClone();
            change(copy);
            return copy;
        }

        var cases = new (object Body, string Code, string? Path)[]
        {
            ("{not json", "invalid_json", null),
            ("[]", "invalid_json", "$"),
            (With(o => o.Remove("guard_id")), "missing_field", "$.guard_id"),
            (With(o => o["window_id"] = "no spaces"), "invalid_field", "$.window_id"),
            (With(o => o["window_start"] = "yesterday"), "invalid_field", "$.window_start"),
            (With(o => o["window_end"] = f.Time.GetUtcNow().AddHours(-2).ToString("O", CultureInfo.InvariantCulture)), "invalid_field", "$.window_end"),
            (With(o => o.Remove("counts")), "missing_field", "$.counts"),
            (With(o => o["counts"] = "many"), "invalid_field", "$.counts"),
            (With(o => o["counts"]![0]!["valid"] = -1), "invalid_field", "$.counts[0].valid"),
            (With(o => o["counts"]![0]!["invalid"] = 1.5), "invalid_field", "$.counts[0].invalid"),
            (With(o => o["counts"]![0]!.AsObject().Remove("source")), "missing_field", "$.counts[0].source"),
            (With(o => o["counts"]![0]!["contract_version"] = new string('9', 101)), "invalid_field", "$.counts[0].contract_version"),
        };
        foreach (var (body, code, path) in cases)
        {
            var response = await guard.Post($"plans/{plan}/guard/counts", body);
            Assert.True(response.Code == 400 && response.Json["code"]!.GetValue<string>() == code, $"{code} {path}: {response}");
            Assert.Equal(path, response.Json["path"]?.GetValue<string>());
        }
        var stats = await guard.Get($"plans/{plan}/validate/stats");
        Assert.Equal(0L, stats.Json["total_events"]!.GetValue<long>());
    }

    public static async Task GuardPush_TwoOrganizationsTwoInstances_LiveFeedScopedAndShared(ServerFixture f)
    {
        var (ownerA, planA, guardA) = await PlanWithGuardTokenAsync(f);
        var (ownerB, planB, guardB) = await PlanWithGuardTokenAsync(f);
        await using var second = f.WithSettings(new Dictionary<string, string?> { ["Trackboard:Auth:AuthRequestsPerMinute"] = "100000" });
        await using var feedA = await SseStream.OpenAsync(f.Client().Http, $"plans/{planA}/live", ownerA.Token);
        await using var feedB = await SseStream.OpenAsync(f.Client().Http, $"plans/{planB}/live", ownerB.Token);
        await using var feedAOnSecond = await SseStream.OpenAsync(second.CreateClient(), $"plans/{planA}/live", ownerA.Token);
        Assert.Equal("ready", (await feedA.NextAsync()).Event);
        Assert.Equal("ready", (await feedB.NextAsync()).Event);
        Assert.Equal("ready", (await feedAOnSecond.NextAsync()).Event);

        Assert.Equal(200, (await guardA.Post($"plans/{planA}/guard/counts", Window(f, "a1", ("web", "1", "signup_completed", 3, 1)))).Code);
        Assert.Equal(200, (await guardB.Post($"plans/{planB}/guard/counts", Window(f, "b1", ("ios", "1", "signup_completed", 7, 0)))).Code);
        var seenByA = await feedA.NextAsync();
        var seenByB = await feedB.NextAsync();

        Assert.Equal((planA.ToString(), 3L), (seenByA.Data["plan_id"]!.GetValue<string>(), seenByA.Data["valid_count"]!.GetValue<long>()));
        // A's window was published first: had it leaked, it would be what B saw.
        Assert.Equal((planB.ToString(), 7L), (seenByB.Data["plan_id"]!.GetValue<string>(), seenByB.Data["valid_count"]!.GetValue<long>()));
        if (f.Provider == "postgres")
        {
            // The window pushed to the first instance reaches a feed on the second through LISTEN/NOTIFY.
            var onSecond = await feedAOnSecond.NextAsync();
            Assert.Equal(("counts-a1", planA.ToString()), (onSecond.Data["id"]!.GetValue<string>(), onSecond.Data["plan_id"]!.GetValue<string>()));
        }
    }
}
