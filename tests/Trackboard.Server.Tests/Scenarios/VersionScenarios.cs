using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class VersionScenarios
{
    public static async Task Publish_TwentyInParallel_GaplessNumbers(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, current) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PlanSteps.PublishAsync(owner, plan, current)));
        var versions = await owner.Get($"plans/{plan}/versions");

        Assert.All(results, r => Assert.True(r.Code == 201, r.ToString()));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), results.Select(r => r.Json["version_number"]!.GetValue<long>()).Order());
        Assert.Equal(20, versions.Json.AsArray().Count);
    }

    public static async Task Publish_BreakingChange_NeedsAllowBreaking(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var first = await PlanSteps.PublishAsync(owner, plan, r1);
        var deleted = await owner.Delete($"events/{eventId}?draft_revision={r1}");
        var r2 = deleted.Json["draft_revision"]!.GetValue<long>();

        var refused = await PlanSteps.PublishAsync(owner, plan, r2);
        var stale = await PlanSteps.PublishAsync(owner, plan, r1, allowBreaking: true);
        var allowed = await PlanSteps.PublishAsync(owner, plan, r2, allowBreaking: true);

        Assert.Equal(201, first.Code);
        Assert.Equal((409, "breaking_change"), (refused.Code, refused.ProblemCode));
        Assert.Contains(refused.Json["compatibility_report"]!["changes"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "event_removed");
        Assert.Equal((409, "stale_revision"), (stale.Code, stale.ProblemCode));
        Assert.Equal(201, allowed.Code);
        Assert.True(allowed.Json["breaking"]!.GetValue<bool>());
        Assert.Equal(2, allowed.Json["version_number"]!.GetValue<long>());
    }

    public static async Task Versions_DiffAndRestore_DraftBack(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var v1 = await PlanSteps.PublishAsync(owner, plan, r1);
        var added = await owner.Post($"events/{eventId}/properties", new JsonObject { ["draft_revision"] = r1, ["name"] = "plan", ["type"] = "string" });
        var r2 = added.Json["draft_revision"]!.GetValue<long>();
        var v2 = await PlanSteps.PublishAsync(owner, plan, r2);

        var diff = await owner.Get($"versions/{v1.Json["id"]}/diff/{v2.Json["id"]}");
        var restore = await owner.Post($"versions/{v1.Json["id"]}/restore", new JsonObject { ["draft_revision"] = r2 });
        var detail = await owner.Get($"plans/{plan}");

        Assert.Equal((1, 2), (diff.Json["version_a"]!.GetValue<int>(), diff.Json["version_b"]!.GetValue<int>()));
        Assert.Contains(diff.Json["changes"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "optional_property_added");
        Assert.Equal(r2 + 1, restore.Json["draft_revision"]!.GetValue<long>());
        Assert.Equal(2, detail.Json["events"]![0]!["properties"]!.AsArray().Count);
    }

    public static async Task Contract_ETag_NotModifiedOnMatch(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var none = await owner.Get($"plans/{plan}/contract");
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var published = await PlanSteps.PublishAsync(owner, plan, r1);

        var contract = await owner.Get($"plans/{plan}/contract");
        var etag = contract.Headers.ETag!.Tag;
        var again = await owner.Get($"plans/{plan}/contract", new Dictionary<string, string> { ["If-None-Match"] = etag });
        var other = await owner.Get($"plans/{plan}/contract", new Dictionary<string, string> { ["If-None-Match"] = "\"sha256:0\"" });
        var byVersion = await owner.Get($"plans/{plan}/contract?version=1");
        var missingVersion = await owner.Get($"plans/{plan}/contract?version=7");

        Assert.Equal((404, "no_published_version"), (none.Code, none.ProblemCode));
        Assert.Equal(200, contract.Code);
        Assert.Equal($"\"{published.Json["hash"]!.GetValue<string>()}\"", etag);
        Assert.Equal(contract.Json["hash"]!.GetValue<string>(), published.Json["hash"]!.GetValue<string>());
        Assert.Equal("trackboard.contract.v1", contract.Json["format_version"]!.GetValue<string>());
        Assert.Equal(304, again.Code);
        Assert.Equal(200, other.Code);
        Assert.Equal(contract.Text, byVersion.Text);
        Assert.Equal(404, missingVersion.Code);
    }

    public static async Task Generate_JsonSchema_FilesFromRegistry(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        await PlanSteps.AddSignupAsync(owner, plan, revision);

        var schema = await owner.Get($"plans/{plan}/generate/json-schema?draft=true");
        var unknown = await owner.Get($"plans/{plan}/generate/cobol?draft=true");
        var targets = await owner.Get("generate/targets");

        Assert.Equal(200, schema.Code);
        Assert.Contains(schema.Json["files"]!.AsArray(), file => file!["path"]!.GetValue<string>() == "bundle.schema.json");
        Assert.Equal((404, "unknown_target"), (unknown.Code, unknown.ProblemCode));
        Assert.Contains("json-schema", targets.Json.AsArray().Select(t => t!.GetValue<string>()));
    }

    public static async Task Generate_EveryCoreTarget_ServedForAPublishedVersion(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        await owner.Post($"plans/{plan}/publish", new JsonObject { ["draft_revision"] = r1, ["allow_breaking"] = false });

        var targets = (await owner.Get("generate/targets")).Json.AsArray().Select(t => t!.GetValue<string>()).ToList();

        Assert.Equal(Trackboard.Contracts.Codegen.CodegenTargets.Names.Order(StringComparer.Ordinal), targets);
        foreach (var target in targets)
        {
            var generated = await owner.Get($"plans/{plan}/generate/{target}?version=1");
            Assert.True(generated.Code == 200, $"{target}: {generated}");
            Assert.Equal(target, generated.Json["target"]!.GetValue<string>());
            Assert.NotEmpty(generated.Json["files"]!.AsArray());
            Assert.Contains(generated.Json["files"]!.AsArray(), file => file!["content"]!.GetValue<string>().Contains("signup", StringComparison.OrdinalIgnoreCase));
        }
    }
}
