using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class AppVersionScenarios
{
    private static JsonObject Range(string from, string? to, long version) =>
        new() { ["app_version_from"] = from, ["app_version_to"] = to, ["contract_version"] = version };

    private static async Task<(ApiClient Owner, Guid Plan)> PlanWithTwoVersionsAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, r1)).Code);
        var r2 = (await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = r1, ["event_name"] = "order_completed" })).Json["draft_revision"]!.GetValue<long>();
        Assert.Equal(201, (await PlanSteps.PublishAsync(owner, plan, r2)).Code);
        return (owner, plan);
    }

    public static async Task AppVersions_CreateListReplaceDelete_OrderedWithETag(ServerFixture f)
    {
        var (owner, plan) = await PlanWithTwoVersionsAsync(f);

        var old = await owner.Post($"plans/{plan}/app-versions", Range("1.0", "2.0", 1));
        var current = await owner.Post($"plans/{plan}/app-versions", Range("2.0", null, 2));
        var list = await owner.Get($"plans/{plan}/app-versions");
        var etag = list.Headers.ETag!.ToString();
        var unchanged = await owner.Get($"plans/{plan}/app-versions", new Dictionary<string, string> { ["If-None-Match"] = etag });
        var replaced = await owner.Send(HttpMethod.Put, $"plans/{plan}/app-versions/{old.Json["id"]}", Range("1.0", "2.0", 2), null);
        var deleted = await owner.Delete($"plans/{plan}/app-versions/{current.Json["id"]}");
        var after = await owner.Get($"plans/{plan}/app-versions", new Dictionary<string, string> { ["If-None-Match"] = etag });

        Assert.Equal((201, 201), (old.Code, current.Code));
        Assert.Equal(["1.0", "2.0"], list.Json["mappings"]!.AsArray().Select(m => m!["app_version_from"]!.GetValue<string>()));
        Assert.Null(list.Json["mappings"]![1]!["app_version_to"]);
        Assert.Equal(304, unchanged.Code);
        Assert.Equal((200, 2L), (replaced.Code, replaced.Json["contract_version"]!.GetValue<long>()));
        Assert.Equal(204, deleted.Code);
        Assert.Equal(200, after.Code);
        Assert.Single(after.Json["mappings"]!.AsArray());
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
    }

    public static async Task AppVersions_BadOrOverlappingRange_Refused(ServerFixture f)
    {
        var (owner, plan) = await PlanWithTwoVersionsAsync(f);
        Assert.Equal(201, (await owner.Post($"plans/{plan}/app-versions", Range("1.0", "2.0", 1))).Code);

        var overlap = await owner.Post($"plans/{plan}/app-versions", Range("1.9.9", "3", 2));
        var openOverlap = await owner.Post($"plans/{plan}/app-versions", Range("0.5", null, 2));
        var notVersion = await owner.Post($"plans/{plan}/app-versions", Range("latest", null, 2));
        var backwards = await owner.Post($"plans/{plan}/app-versions", Range("5.0", "4.0", 2));
        var unknown = await owner.Post($"plans/{plan}/app-versions", Range("3.0", null, 9));
        var missing = await owner.Post($"plans/{plan}/app-versions", new JsonObject { ["app_version_from"] = "3.0" });
        var adjacent = await owner.Post($"plans/{plan}/app-versions", Range("2.0.0-beta", "2.1", 2));

        Assert.Equal((409, "app_version_overlap"), (overlap.Code, overlap.ProblemCode));
        Assert.Equal((409, "app_version_overlap"), (openOverlap.Code, openOverlap.ProblemCode));
        Assert.Equal((400, "invalid_field"), (notVersion.Code, notVersion.ProblemCode));
        Assert.Equal((400, "invalid_field"), (backwards.Code, backwards.ProblemCode));
        Assert.Equal((400, "invalid_field"), (unknown.Code, unknown.ProblemCode));
        Assert.Equal((400, "missing_field"), (missing.Code, missing.ProblemCode));
        Assert.Equal(201, adjacent.Code);
    }

    public static async Task AppVersions_ViewerAndOtherOrganization_ReadOnlyOrNotFound(ServerFixture f)
    {
        var (owner, plan) = await PlanWithTwoVersionsAsync(f);
        var viewer = await Accounts.AddMemberAsync(f, owner, "viewer");
        var editor = await Accounts.AddMemberAsync(f, owner, "editor");
        var stranger = await Accounts.RegisterAsync(f);

        var byEditor = await editor.Post($"plans/{plan}/app-versions", Range("1.0", null, 1));
        var byViewer = await viewer.Post($"plans/{plan}/app-versions", Range("0.1", "0.2", 1));
        var viewerRead = await viewer.Get($"plans/{plan}/app-versions");
        var strangerRead = await stranger.Get($"plans/{plan}/app-versions");
        var strangerDelete = await stranger.Delete($"plans/{plan}/app-versions/{byEditor.Json["id"]}");

        Assert.Equal(201, byEditor.Code);
        Assert.Equal(403, byViewer.Code);
        Assert.Equal(200, viewerRead.Code);
        Assert.Single(viewerRead.Json["mappings"]!.AsArray());
        Assert.Equal(404, strangerRead.Code);
        Assert.Equal(404, strangerDelete.Code);
    }
}
