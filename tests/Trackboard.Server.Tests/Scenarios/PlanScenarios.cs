using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class PlanScenarios
{
    public static async Task Event_CreateWithProperties_ReadBackWithNewRevision(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);

        var (eventId, newRevision) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var read = await owner.Get($"events/{eventId}");
        var detail = await owner.Get($"plans/{plan}");

        Assert.Equal(revision + 1, newRevision);
        Assert.Equal("signup_completed", read.Json["event_name"]!.GetValue<string>());
        Assert.Equal(["referrer", "signup_method"], read.Json["properties"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(newRevision, detail.Json["draft_revision"]!.GetValue<long>());
        Assert.Single(detail.Json["events"]!.AsArray());
    }

    public static async Task Event_AllDesignFields_RoundTrip(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var body = JsonNode.Parse($$$"""
            {
              "draft_revision": {{{revision}}},
              "event_name": "cart_viewed", "status": "planned", "description": "d", "category": "commerce", "sort_order": 3,
              "owner": "growth", "tags": ["web", "beta"],
              "implementation_guidance": {"trigger_when": ["cart opens"], "preferred_location": "client", "code_examples": [{"language": "ts", "snippet": "track()"}]},
              "properties": [
                {"name": "items", "type": "array", "required": true, "constraints": {"min_items": 1},
                 "items": {"type": "object", "properties": [{"name": "sku", "type": "string", "required": true, "pii": false, "constraints": {"pattern": "^[A-Z]+$"}}]}},
                {"name": "email", "type": "string", "pii": true, "constraints": {"format": "email"}, "examples": ["a@b.c"]}
              ]
            }
            """)!;

        var created = await owner.Post($"plans/{plan}/events", body);
        var read = await owner.Get($"events/{created.Json["id"]}");

        Assert.Equal(201, created.Code);
        Assert.Equal("planned", read.Json["status"]!.GetValue<string>());
        Assert.Equal("growth", read.Json["owner"]!.GetValue<string>());
        Assert.Equal("client", read.Json["implementation_guidance"]!["preferred_location"]!.GetValue<string>());
        var items = read.Json["properties"]!.AsArray().First(p => p!["name"]!.GetValue<string>() == "items")!;
        Assert.Equal("^[A-Z]+$", items["items"]!["properties"]![0]!["constraints"]!["pattern"]!.GetValue<string>());
    }

    public static async Task Event_InvalidTypeAndConstraint_ContractCodesWithBodyPaths(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);

        var response = await owner.Post($"plans/{plan}/events", JsonNode.Parse($$$"""
            {"draft_revision": {{{revision}}}, "event_name": "e",
             "properties": [{"name": "a", "type": "strng"}, {"name": "b", "type": "integer", "constraints": {"pattern": "x"}}]}
            """));
        var after = await PlanSteps.RevisionAsync(owner, plan);

        Assert.Equal((422, "invalid_contract"), (response.Code, response.ProblemCode));
        var errors = response.Json["errors"]!.AsArray().Select(e => (e!["code"]!.GetValue<string>(), e["path"]!.GetValue<string>())).ToList();
        Assert.Contains(("invalid_property_type", "$.properties[0].type"), errors);
        Assert.Contains(errors, e => e.Item1 == "invalid_constraint" && e.Item2.StartsWith("$.properties[1].constraints", StringComparison.Ordinal));
        Assert.Equal(revision, after);
    }

    public static async Task Event_BadRequests_StableCodes(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, current) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var malformed = await owner.Post($"plans/{plan}/events", "{\"draft_revision\": 1,");
        var unknown = await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = current, ["event_name"] = "x", ["colour"] = "red" });
        var nestedUnknown = await owner.Post($"plans/{plan}/events", JsonNode.Parse($$$"""{"draft_revision": {{{current}}}, "event_name": "x", "properties": [{"name": "p", "type": "string", "colour": 1}]}"""));
        var tooLong = await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = current, ["event_name"] = new string('e', 201) });
        var noRevision = await owner.Post($"plans/{plan}/events", new JsonObject { ["event_name"] = "x" });
        var stale = await owner.Patch($"events/{eventId}", new JsonObject { ["draft_revision"] = revision, ["description"] = "late" });
        var duplicate = await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = current, ["event_name"] = "signup_completed" });
        var foreign = await owner.Patch($"events/{Guid.NewGuid()}", new JsonObject { ["draft_revision"] = current });

        Assert.Equal((400, "invalid_json"), (malformed.Code, malformed.ProblemCode));
        Assert.Equal((400, "unknown_field", "$.colour"), (unknown.Code, unknown.ProblemCode, unknown.Json["path"]!.GetValue<string>()));
        Assert.Equal("$.properties[0].colour", nestedUnknown.Json["path"]!.GetValue<string>());
        Assert.Equal((400, "name_too_long"), (tooLong.Code, tooLong.ProblemCode));
        Assert.Equal((400, "missing_field"), (noRevision.Code, noRevision.ProblemCode));
        Assert.Equal((409, "stale_revision", current), (stale.Code, stale.ProblemCode, stale.Json["current_revision"]!.GetValue<long>()));
        Assert.Equal((422, "duplicate_event"), (duplicate.Code, duplicate.Json["errors"]![0]!["code"]!.GetValue<string>()));
        Assert.Equal(404, foreign.Code);
    }

    public static async Task Event_PatchAndDelete_MergeAndRevision(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var patched = await owner.Patch($"events/{eventId}", new JsonObject { ["draft_revision"] = r1, ["status"] = "deprecated", ["category"] = null });
        var r2 = patched.Json["draft_revision"]!.GetValue<long>();
        var deleteWithoutRevision = await owner.Delete($"events/{eventId}");
        var deleted = await owner.Delete($"events/{eventId}?draft_revision={r2}");
        var gone = await owner.Get($"events/{eventId}");

        Assert.Equal(200, patched.Code);
        Assert.Equal("deprecated", patched.Json["status"]!.GetValue<string>());
        Assert.Null(patched.Json["category"]);
        Assert.Equal("A user finished signing up", patched.Json["description"]!.GetValue<string>());
        Assert.Equal((400, "missing_field"), (deleteWithoutRevision.Code, deleteWithoutRevision.ProblemCode));
        Assert.Equal(r2 + 1, deleted.Json["draft_revision"]!.GetValue<long>());
        Assert.Equal(404, gone.Code);
    }

    public static async Task Property_AddPatchDelete_CheckedByContracts(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var added = await owner.Post($"events/{eventId}/properties", new JsonObject { ["draft_revision"] = r1, ["name"] = "age", ["type"] = "integer", ["constraints"] = new JsonObject { ["min"] = 0 } });
        var r2 = added.Json["draft_revision"]!.GetValue<long>();
        var badPatch = await owner.Patch($"properties/{added.Json["id"]}", new JsonObject { ["draft_revision"] = r2, ["constraints"] = new JsonObject { ["min"] = 5, ["max"] = 1 } });
        var dup = await owner.Post($"events/{eventId}/properties", new JsonObject { ["draft_revision"] = r2, ["name"] = "referrer", ["type"] = "string" });
        var patch = await owner.Patch($"properties/{added.Json["id"]}", new JsonObject { ["draft_revision"] = r2, ["required"] = true });
        var r3 = patch.Json["draft_revision"]!.GetValue<long>();
        var delete = await owner.Delete($"properties/{added.Json["id"]}?draft_revision={r3}");

        Assert.Equal(201, added.Code);
        Assert.Equal((422, "invalid_constraint", "$.constraints"), (badPatch.Code, badPatch.Json["errors"]![0]!["code"]!.GetValue<string>(),
            badPatch.Json["errors"]![0]!["path"]!.GetValue<string>()[..13]));
        Assert.Equal("duplicate_property", dup.Json["errors"]![0]!["code"]!.GetValue<string>());
        Assert.True(patch.Json["required"]!.GetValue<bool>());
        Assert.Equal(200, delete.Code);
    }

    public static async Task GlobalProperty_LinkAndUnlink_MergedIntoEvent(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var global = await owner.Post($"plans/{plan}/global-properties", new JsonObject { ["draft_revision"] = r1, ["name"] = "user_id", ["type"] = "string", ["required"] = true });
        var r2 = global.Json["draft_revision"]!.GetValue<long>();
        var link = await owner.Post($"events/{eventId}/global-properties/{global.Json["id"]}", new JsonObject { ["draft_revision"] = r2 });
        var r3 = link.Json["draft_revision"]!.GetValue<long>();
        var unknownLink = await owner.Patch($"events/{eventId}", new JsonObject { ["draft_revision"] = r3, ["global_properties"] = new JsonArray("user_id", "nope") });
        var clash = await owner.Post($"events/{eventId}/properties", new JsonObject { ["draft_revision"] = r3, ["name"] = "user_id", ["type"] = "string" });
        var unlink = await owner.Delete($"events/{eventId}/global-properties/{global.Json["id"]}?draft_revision={r3}");
        var list = await owner.Get($"plans/{plan}/global-properties");

        Assert.Equal(201, global.Code);
        Assert.Equal(["user_id"], link.Json["global_properties"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("unknown_global_property", unknownLink.Json["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("duplicate_merged_property", clash.Json["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty(unlink.Json["global_properties"]!.AsArray());
        Assert.Single(list.Json.AsArray());
    }

    public static async Task Editors_RaceOnOneRevision_ExactlyOneWins(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, current) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var writes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            owner.Patch($"events/{eventId}", new JsonObject { ["draft_revision"] = current, ["description"] = $"writer {i}" })));
        var final = await owner.Get($"events/{eventId}");

        Assert.Single(writes, w => w.Code == 200);
        Assert.All(writes.Where(w => w.Code != 200), w => Assert.Equal("stale_revision", w.ProblemCode));
        var winner = writes.Single(w => w.Code == 200);
        Assert.Equal(winner.Json["description"]!.GetValue<string>(), final.Json["description"]!.GetValue<string>());
        Assert.Equal(current + 1, await PlanSteps.RevisionAsync(owner, plan));
    }

    public static async Task Plan_PatchArchiveAndSearch(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner, "Search me");
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);

        var patched = await owner.Patch($"plans/{plan}", new JsonObject { ["draft_revision"] = r1, ["name"] = "Renamed" });
        var search = await owner.Get("search?q=SIGNING");
        var filtered = await owner.Get($"plans/{plan}/events?q=signup");
        var archived = await owner.Post($"plans/{plan}/archive");
        var writeArchived = await owner.Post($"plans/{plan}/events", new JsonObject { ["draft_revision"] = r1 + 1, ["event_name"] = "x" });
        var listed = await owner.Get("plans");
        var listedAll = await owner.Get("plans?include_archived=true");

        Assert.Equal("Renamed", patched.Json["name"]!.GetValue<string>());
        Assert.Equal("signup_completed", search.Json["events"]![0]!["event_name"]!.GetValue<string>());
        Assert.Single(filtered.Json.AsArray());
        Assert.Equal("archived", archived.Json["status"]!.GetValue<string>());
        Assert.Equal((409, "plan_archived"), (writeArchived.Code, writeArchived.ProblemCode));
        Assert.Empty(listed.Json.AsArray());
        Assert.Single(listedAll.Json.AsArray());
    }
}
