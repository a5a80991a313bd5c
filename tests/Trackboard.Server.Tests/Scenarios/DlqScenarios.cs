using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Trackboard.Server.Data;
using Trackboard.Server.Dlq;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class DlqScenarios
{
    public static async Task Validate_InvalidEvents_StoredAsGroupsWithoutRawValues(ServerFixture f)
    {
        var (owner, plan, validator, _) = await ValidationScenarios.PublishedPlanWithKeyAsync(f);

        await validator.Post("validate/batch", new JsonObject
        {
            ["events"] = new JsonArray(
                ValidationScenarios.Event("twitter"), ValidationScenarios.Event("facebook"), ValidationScenarios.Event("email", extra: true),
                ValidationScenarios.Event("email")),
        });
        var list = await owner.Get($"plans/{plan}/dlq");
        var groups = await owner.Get($"plans/{plan}/dlq/groups");

        Assert.Equal(3, list.Json["total"]!.GetValue<int>());
        Assert.All(list.Json["items"]!.AsArray(), e => Assert.True(e!["sample_hidden"]!.GetValue<bool>()));
        Assert.All(list.Json["items"]!.AsArray(), e => Assert.Equal("validate_api", e!["origin"]!.GetValue<string>()));
        Assert.Equal(2, groups.Json["total"]!.GetValue<int>());
        var enumGroup = groups.Json["items"]!.AsArray().Single(g => g!["count"]!.GetValue<int>() == 2)!;
        Assert.Equal("signup_completed", enumGroup["event"]!.GetValue<string>());
        Assert.Equal("1", enumGroup["contract_version"]!.GetValue<string>());
        Assert.Equal("api_key:web", enumGroup["source"]!.GetValue<string>());
        var violation = enumGroup["violations"]!.AsArray().Single()!;
        Assert.Equal(("enum_violation", "properties.signup_method", "string"),
            (violation["code"]!.GetValue<string>(), violation["path"]!.GetValue<string>(), violation["actual_kind"]!.GetValue<string>()));
        Assert.DoesNotContain("twitter", list.Text + groups.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("facebook", list.Text + groups.Text, StringComparison.Ordinal);
    }

    public static async Task Import_SameFileTwice_NoDuplicates(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var at = f.Time.GetUtcNow().AddMinutes(-30);
        var file = string.Join('\n', GuardExport.Blocked(1, "m1", "twitter", at), GuardExport.Blocked(2, "m2", "facebook", at.AddSeconds(1)),
            GuardExport.Blocked(3, "m3", "myspace", at.AddSeconds(2), source: "android"), GuardExport.DeliveryFailed(4, "m4", at.AddSeconds(3))) + "\n";

        var first = await owner.Post($"plans/{plan}/dlq/import", file);
        var second = await owner.Post($"plans/{plan}/dlq/import", file);
        var list = await owner.Get($"plans/{plan}/dlq?origin=guard");
        var groups = await owner.Get($"plans/{plan}/dlq/groups");
        var stats = await owner.Get($"plans/{plan}/dlq/stats");

        Assert.True(first.Code == 200, first.ToString());
        Assert.Equal((4, 4, 0, 0), Counts(first));
        Assert.Equal((4, 0, 4, 0), Counts(second));
        Assert.Equal(4, list.Json["total"]!.GetValue<int>());
        Assert.Equal(3, groups.Json["total"]!.GetValue<int>());
        Assert.Equal(4, stats.Json["total_entries"]!.GetValue<int>());
        Assert.Equal(3, stats.Json["by_kind"]!["blocked"]!.GetValue<int>());
        Assert.Equal(1, stats.Json["by_kind"]!["delivery_failed"]!.GetValue<int>());
        var web = groups.Json["items"]!.AsArray().Single(g => g!["source"]?.GetValue<string>() == "web")!;
        Assert.Equal((2, "2.4.0", "analytics-node@3.1.0"), (web["count"]!.GetValue<int>(), web["app_version"]!.GetValue<string>(), web["library"]!.GetValue<string>()));
    }

    public static async Task Import_SameFileConcurrently_EachRowOnce(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var at = f.Time.GetUtcNow().AddMinutes(-1);
        var file = string.Join('\n', Enumerable.Range(1, 50).Select(i => GuardExport.Blocked(i, $"c{i}", "twitter", at.AddSeconds(i))));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => owner.Post($"plans/{plan}/dlq/import", file)));
        var list = await owner.Get($"plans/{plan}/dlq?limit=1");
        var stats = await owner.Get($"plans/{plan}/dlq/stats");

        Assert.All(responses, r => Assert.True(r.Code == 200, r.ToString()));
        Assert.Equal(50, responses.Sum(r => r.Json["imported"]!.GetValue<int>()));
        Assert.Equal(150, responses.Sum(r => r.Json["duplicates"]!.GetValue<int>()));
        Assert.Equal(50, list.Json["total"]!.GetValue<int>());
        Assert.Equal(50, stats.Json["top_groups"]![0]!["count"]!.GetValue<int>());
    }

    public static async Task Import_BrokenLines_ReportedByNumberRestImported(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var at = f.Time.GetUtcNow().AddMinutes(-5);
        var good = GuardExport.Blocked(1, "b1", "twitter", at);
        var lines = new[]
        {
            good,
            "{\"kind\":",
            "[1,2]",
            "",
            GuardExport.Blocked(2, "b2", "twitter", at).Replace("\"source\":\"web\",", "", StringComparison.Ordinal),
            GuardExport.Blocked(3, "b3", "twitter", at).Replace("\"blocked\"", "\"lost\"", StringComparison.Ordinal),
            GuardExport.Blocked(4, "b4", "twitter", at).Replace("\"received_at\":\"", "\"received_at\":\"yesterday", StringComparison.Ordinal),
            GuardExport.DeliveryFailed(5, "b5", at) + "\r",
        };

        var response = await owner.Post($"plans/{plan}/dlq/import", string.Join('\n', lines));

        Assert.True(response.Code == 200, response.ToString());
        Assert.Equal((7, 2, 0, 5), Counts(response));
        var errors = response.Json["errors"]!.AsArray().Select(e => (e!["line"]!.GetValue<int>(), e["code"]!.GetValue<string>())).ToList();
        Assert.Equal([(2, "invalid_json"), (3, "invalid_line"), (5, "invalid_line"), (6, "invalid_line"), (7, "invalid_line")], errors);
        Assert.Contains("source", response.Json["errors"]![2]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    public static async Task Import_PrettyPrintedEventSpanningLines_OneRecord(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var at = f.Time.GetUtcNow().AddMinutes(-5);
        var pretty = GuardExport.Blocked(1, "s1", "twitter", at)
            .Replace("\"event_json\":{\"type\"", "\"event_json\":{\r\n  \"type\"", StringComparison.Ordinal)
            .Replace(",\"properties\":", ",\n  \"properties\": ", StringComparison.Ordinal);
        var body = string.Join('\n', pretty, GuardExport.Blocked(2, "s2", "twitter", at), "{\"kind\":\"blocked\"}}", "{\"unclosed\": [");

        var response = await owner.Post($"plans/{plan}/dlq/import", body);
        var revealed = await owner.Post($"plans/{plan}/dlq/groups/{(await owner.Get($"plans/{plan}/dlq/groups")).Json["items"]![0]!["fingerprint"]}/reveal?limit=2");

        Assert.Equal(3, pretty.Split('\n').Length);
        Assert.True(response.Code == 200, response.ToString());
        Assert.Equal((4, 2, 0, 2), Counts(response));
        Assert.Equal([(5, "invalid_json"), (6, "invalid_json")], response.Json["errors"]!.AsArray().Select(e => (e!["line"]!.GetValue<int>(), e["code"]!.GetValue<string>())));
        Assert.All(revealed.Json["items"]!.AsArray(), e => Assert.Equal("twitter", e!["sample"]!["properties"]!["signup_method"]!.GetValue<string>()));
    }

    public static async Task Import_OverSizeLimit_PayloadTooLargeWithCode(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var line = GuardExport.Blocked(1, "x", "twitter", f.Time.GetUtcNow()) + "\n";
        var body = new StringBuilder();
        while (body.Length <= 10 << 20)
        {
            body.Append(line);
        }

        var response = await owner.Post($"plans/{plan}/dlq/import", body.ToString());
        var list = await owner.Get($"plans/{plan}/dlq");

        Assert.Equal((413, "import_too_large"), (response.Code, response.ProblemCode));
        Assert.Equal(10 << 20, response.Json["max_bytes"]!.GetValue<int>());
        Assert.Equal(0, list.Json["total"]!.GetValue<int>());
    }

    public static async Task Dlq_OtherOrgsPlan_NotFound(ServerFixture f)
    {
        var (owner, plan, fingerprint, entry) = await PlanWithOneEntryAsync(f);
        var intruder = await Accounts.RegisterAsync(f);

        var responses = new[]
        {
            await intruder.Get($"plans/{plan}/dlq"),
            await intruder.Get($"plans/{plan}/dlq/groups"),
            await intruder.Get($"plans/{plan}/dlq/groups/{fingerprint}"),
            await intruder.Get($"plans/{plan}/dlq/stats"),
            await intruder.Post($"plans/{plan}/dlq/import", GuardExport.Blocked(2, "o2", "twitter", f.Time.GetUtcNow())),
            await intruder.Post($"plans/{plan}/dlq/groups/{fingerprint}/reveal"),
            await intruder.Post($"plans/{plan}/dlq/entries/{entry}/reveal"),
        };
        var (intruderPlan, _) = await PlanSteps.CreateAsync(intruder);
        var crossEntry = await intruder.Post($"plans/{intruderPlan}/dlq/entries/{entry}/reveal");
        var crossGroup = await intruder.Get($"plans/{intruderPlan}/dlq/groups/{fingerprint}");

        Assert.All(responses, r => Assert.Equal((404, "not_found"), (r.Code, r.ProblemCode)));
        Assert.Equal(404, crossEntry.Code);
        Assert.Equal(404, crossGroup.Code);
        Assert.Equal(1, (await owner.Get($"plans/{plan}/dlq")).Json["total"]!.GetValue<int>());
    }

    public static async Task Reveal_ViewerForbidden_EditorSeesRedactedSampleAndIsAudited(ServerFixture f)
    {
        var (owner, plan, fingerprint, entry) = await PlanWithOneEntryAsync(f);
        var viewer = await Accounts.AddMemberAsync(f, owner, "viewer");
        var editor = await Accounts.AddMemberAsync(f, owner, "editor");

        var viewerGroup = await viewer.Post($"plans/{plan}/dlq/groups/{fingerprint}/reveal");
        var viewerEntry = await viewer.Post($"plans/{plan}/dlq/entries/{entry}/reveal");
        var viewerList = await viewer.Get($"plans/{plan}/dlq/groups/{fingerprint}");
        var revealed = await editor.Post($"plans/{plan}/dlq/entries/{entry}/reveal");
        var revealedGroup = await editor.Post($"plans/{plan}/dlq/groups/{fingerprint}/reveal");
        var audit = await owner.Get($"org/audit?entity_id={entry}");
        var groupAudit = await owner.Get($"org/audit?entity_type=dlq_groups&entity_id={fingerprint}");

        Assert.Equal((403, "forbidden"), (viewerGroup.Code, viewerGroup.ProblemCode));
        Assert.Equal((403, "forbidden"), (viewerEntry.Code, viewerEntry.ProblemCode));
        Assert.Equal(200, viewerList.Code);
        Assert.DoesNotContain("jane@example.com", viewerList.Text, StringComparison.Ordinal);
        Assert.True(revealed.Code == 200, revealed.ToString());
        Assert.False(revealed.Json["sample_hidden"]!.GetValue<bool>());
        var sample = revealed.Json["sample"]!;
        Assert.Equal("twitter", sample["properties"]!["signup_method"]!.GetValue<string>());
        Assert.Equal("[email]", sample["properties"]!["user_email"]!.GetValue<string>());
        Assert.Equal("[ip]", sample["context"]!["ip"]!.GetValue<string>());
        Assert.Equal("[id]", sample["userId"]!.GetValue<string>());
        Assert.Equal("\"twitter\"", revealed.Json["violations"]![0]!["actual"]!.GetValue<string>());
        Assert.DoesNotContain("jane@example.com", revealed.Text + revealedGroup.Text, StringComparison.Ordinal);
        Assert.Single(revealedGroup.Json["items"]!.AsArray());
        var reveal = audit.Json.AsArray().Single(a => a!["action"]!.GetValue<string>() == "reveal")!;
        Assert.Equal(editor.UserId.ToString(), reveal["actor_id"]!.GetValue<string>());
        Assert.Equal("dlq_entries", reveal["entity_type"]!.GetValue<string>());
        Assert.Single(groupAudit.Json.AsArray());
    }

    public static async Task Redaction_SensitiveKeysAndValues_NeverStored(ServerFixture f)
    {
        var (owner, plan, validator, _) = await ValidationScenarios.PublishedPlanWithKeyAsync(f);
        var secrets = new[]
        {
            "jane.doe@example.com", "+49 151 2345 6789", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlX2hlcmU", "198.51.100.23",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "0f8fad5b-d9cb-469f-a165-70867728950e", "2001:db8::1", "k9Yz2LmQ8vR4tW6xA1bC3dE5fG7hJ0nP",
        };
        var payload = new JsonObject
        {
            ["event"] = "signup_completed",
            ["userId"] = "u-777",
            ["properties"] = new JsonObject
            {
                ["signup_method"] = "pigeon",
                ["referrer"] = $"mail {secrets[0]}, call {secrets[1]}, jwt {secrets[2]} from {secrets[3]} key {secrets[4]} id {secrets[5]} v6 {secrets[6]} {secrets[7]}",
                ["user_email"] = "plain-handle", ["userEmail"] = "x", ["ip_address"] = "local", ["authToken"] = "opaque", ["account_id"] = 12345,
            },
            ["context"] = new JsonObject { ["app"] = new JsonObject { ["version"] = "1.0.0" } },
        };

        var response = await validator.Post("validate", payload);
        await using var scope = f.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();
        var stored = await db.Set<DlqEntry>().AsNoTracking().SingleAsync(e => e.PlanId == plan);
        var entry = (await owner.Get($"plans/{plan}/dlq")).Json["items"]![0]!["id"]!.GetValue<string>();
        var revealed = await owner.Post($"plans/{plan}/dlq/entries/{entry}/reveal");

        Assert.False(response.Json["valid"]!.GetValue<bool>());
        var everything = stored.Sample + stored.Violations + stored.Signature + revealed.Text;
        Assert.All(secrets, s => Assert.DoesNotContain(s, everything, StringComparison.Ordinal));
        Assert.DoesNotContain("u-777", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("pigeon", stored.Signature, StringComparison.Ordinal);
        var properties = revealed.Json["sample"]!["properties"]!;
        Assert.Equal(("[email]", "[email]", "[ip]", "[token]", "[id]"), (properties["user_email"]!.GetValue<string>(), properties["userEmail"]!.GetValue<string>(),
            properties["ip_address"]!.GetValue<string>(), properties["authToken"]!.GetValue<string>(), properties["account_id"]!.GetValue<string>()));
        Assert.Equal("mail [email], call [phone], jwt [jwt] from [ip] key [token] id [id] v6 [ip] [token]", properties["referrer"]!.GetValue<string>());
        Assert.Equal("1.0.0", stored.AppVersion);
    }

    public static async Task Group_Triage_DeterministicWithCauseAndFix(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var at = f.Time.GetUtcNow().AddHours(-2);
        await owner.Post($"plans/{plan}/dlq/import", string.Join('\n',
            GuardExport.Blocked(1, "t1", "twitter", at), GuardExport.Blocked(2, "t2", "bluesky", at.AddMinutes(5)),
            GuardExport.Blocked(3, "t3", "twitter", at.AddMinutes(9), source: "android")));
        var groups = await owner.Get($"plans/{plan}/dlq/groups?limit=1");
        var fingerprint = groups.Json["items"]![0]!["fingerprint"]!.GetValue<string>();

        var first = await owner.Get($"plans/{plan}/dlq/groups/{fingerprint}");
        var second = await owner.Get($"plans/{plan}/dlq/groups/{fingerprint}");
        var next = await owner.Get($"plans/{plan}/dlq/groups?limit=1&offset=1");
        var unknown = await owner.Get($"plans/{plan}/dlq/groups/{new string('a', 64)}");
        var malformed = await owner.Get($"plans/{plan}/dlq/groups/not-a-fingerprint");
        var badLimit = await owner.Get($"plans/{plan}/dlq/groups?limit=0");

        Assert.Equal(2, groups.Json["total"]!.GetValue<int>());
        Assert.Equal("android", groups.Json["items"]![0]!["source"]!.GetValue<string>());
        Assert.Equal("web", next.Json["items"]![0]!["source"]!.GetValue<string>());
        Assert.Equal(first.Json["triage"]!.ToJsonString(), second.Json["triage"]!.ToJsonString());
        var triage = first.Json["triage"]!;
        Assert.Equal("enum_violation", triage["what_breaks"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("properties.signup_method", triage["where"]!["paths"]![0]!.GetValue<string>());
        Assert.Contains("allowed values", triage["suggested_fixes"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["android", "web"], triage["spread"]!["sources"]!.AsArray().Select(s => s!["value"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Contains(triage["signals"]!.AsArray(), s => s!.GetValue<string>().StartsWith("Only app version 2.4.0", StringComparison.Ordinal));
        Assert.StartsWith("enum_violation at properties.signup_method on signup_completed: 1 event(s)", triage["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single(first.Json["recent_entries"]!.AsArray());
        Assert.Equal(404, unknown.Code);
        Assert.Equal((400, "invalid_fingerprint"), (malformed.Code, malformed.ProblemCode));
        Assert.Equal((400, "invalid_field"), (badLimit.Code, badLimit.ProblemCode));
    }

    public static async Task Spike_GroupRateJumps_DlqSpikeWebhookDelivered(ServerFixture f)
    {
        await using var receiver = new FakeReceiver();
        var (owner, plan, validator, _) = await ValidationScenarios.PublishedPlanWithKeyAsync(f);
        await owner.Patch("org/settings", new JsonObject { ["allow_private_webhook_targets"] = true });
        await owner.Post("org/webhooks", new JsonObject { ["url"] = $"http://127.0.0.1:{receiver.Port}/hook", ["events"] = new JsonArray("dlq.spike") });
        var maintenance = f.Factory.Services.GetServices<IHostedService>().OfType<DlqMaintenanceService>().Single();
        await validator.Post("validate/batch", new JsonObject { ["events"] = new JsonArray([.. Enumerable.Range(0, 5).Select(_ => (JsonNode)ValidationScenarios.Event("fax"))]) });

        await maintenance.CheckSpikesAsync(CancellationToken.None);
        var quiet = await owner.Get($"plans/{plan}/dlq/stats");
        await validator.Post("validate/batch", new JsonObject { ["events"] = new JsonArray([.. Enumerable.Range(0, 20).Select(_ => (JsonNode)ValidationScenarios.Event("fax"))]) });
        await maintenance.CheckSpikesAsync(CancellationToken.None);
        await maintenance.CheckSpikesAsync(CancellationToken.None);
        var request = await receiver.NextAsync(TimeSpan.FromSeconds(30));
        var stats = await owner.Get($"plans/{plan}/dlq/stats");

        Assert.Empty(quiet.Json["spikes"]!.AsArray());
        Assert.Equal("dlq.spike", request.Headers["X-Trackboard-Event"]);
        var data = JsonNode.Parse(request.Body)!["data"]!;
        Assert.Equal((25, plan.ToString()), (data["window_count"]!.GetValue<int>(), data["plan_id"]!.GetValue<string>()));
        Assert.Equal("enum_violation", data["codes"]![0]!.GetValue<string>());
        Assert.Single(stats.Json["spikes"]!.AsArray());
    }

    public static async Task Purge_EntriesPastRetention_Deleted(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        var now = f.Time.GetUtcNow();
        await owner.Post($"plans/{plan}/dlq/import", string.Join('\n', GuardExport.Blocked(1, "p1", "twitter", now.AddDays(-40)), GuardExport.Blocked(2, "p2", "twitter", now)));
        var maintenance = f.Factory.Services.GetServices<IHostedService>().OfType<DlqMaintenanceService>().Single();

        await maintenance.PurgeAsync(CancellationToken.None);
        var list = await owner.Get($"plans/{plan}/dlq");

        Assert.Equal(1, list.Json["total"]!.GetValue<int>());
        Assert.True(DateTimeOffset.Parse(list.Json["items"]![0]!["received_at"]!.ToString(), CultureInfo.InvariantCulture) > now.AddDays(-1));
    }

    private static async Task<(ApiClient Owner, Guid Plan, string Fingerprint, string Entry)> PlanWithOneEntryAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, _) = await PlanSteps.CreateAsync(owner);
        await owner.Post($"plans/{plan}/dlq/import", GuardExport.Blocked(1, "o1", "twitter", f.Time.GetUtcNow()));
        var fingerprint = (await owner.Get($"plans/{plan}/dlq/groups")).Json["items"]![0]!["fingerprint"]!.GetValue<string>();
        var entry = (await owner.Get($"plans/{plan}/dlq")).Json["items"]![0]!["id"]!.GetValue<string>();
        return (owner, plan, fingerprint, entry);
    }

    private static (int Lines, int Imported, int Duplicates, int Failed) Counts(ApiResponse r) =>
        (r.Json["lines"]!.GetValue<int>(), r.Json["imported"]!.GetValue<int>(), r.Json["duplicates"]!.GetValue<int>(), r.Json["failed"]!.GetValue<int>());
}
