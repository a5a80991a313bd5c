using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class BranchScenarios
{
    private static async Task<(ApiClient Owner, Guid Main, Guid Branch, Guid MainEvent, Guid BranchEvent)> MainAndBranchAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (main, revision) = await PlanSteps.CreateAsync(owner);
        var (mainEvent, r1) = await PlanSteps.AddSignupAsync(owner, main, revision);
        var branch = await owner.Post($"plans/{main}/branch", new JsonObject { ["branch_name"] = "feature", ["draft_revision"] = r1 });
        Assert.True(branch.Code == 201, branch.ToString());
        var branchId = Guid.Parse(branch.Json["id"]!.GetValue<string>());
        var branchEvent = Guid.Parse((await owner.Get($"plans/{branchId}")).Json["events"]![0]!["id"]!.GetValue<string>());
        return (owner, main, branchId, mainEvent, branchEvent);
    }

    private static async Task<string> OpenMergeRequestAsync(ApiClient owner, Guid branch)
    {
        var mr = await owner.Post($"plans/{branch}/merge-requests", new JsonObject { ["title"] = "Feature" });
        Assert.True(mr.Code == 201, mr.ToString());
        return mr.Json["id"]!.GetValue<string>();
    }

    public static async Task Merge_NonOverlappingChanges_BothSurvive(ServerFixture f)
    {
        var (owner, main, branch, mainEvent, branchEvent) = await MainAndBranchAsync(f);
        var mainEdit = await owner.Patch($"events/{mainEvent}", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main), ["description"] = "edited on main" });
        await owner.Post($"plans/{main}/events", new JsonObject { ["draft_revision"] = mainEdit.Json["draft_revision"]!.GetValue<long>(), ["event_name"] = "main_only" });
        var branchEdit = await owner.Post($"events/{branchEvent}/properties", new JsonObject { ["draft_revision"] = 1, ["name"] = "plan", ["type"] = "string" });
        await owner.Post($"plans/{branch}/events", new JsonObject { ["draft_revision"] = branchEdit.Json["draft_revision"]!.GetValue<long>(), ["event_name"] = "branch_only" });
        var mr = await OpenMergeRequestAsync(owner, branch);

        var review = await owner.Get($"merge-requests/{mr}");
        var merged = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });
        var detail = await owner.Get($"plans/{main}");

        Assert.Empty(review.Json["conflicts"]!.AsArray());
        Assert.Contains(review.Json["diff"]!["changes"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "optional_property_added");
        Assert.True(merged.Code == 200, merged.ToString());
        Assert.Equal("merged", merged.Json["status"]!.GetValue<string>());
        var events = detail.Json["events"]!.AsArray().ToDictionary(e => e!["event_name"]!.GetValue<string>(), e => e!);
        Assert.Equal(["branch_only", "main_only", "signup_completed"], events.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("edited on main", events["signup_completed"]["description"]!.GetValue<string>());
        Assert.Contains(events["signup_completed"]["properties"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "plan");
        Assert.Equal(mainEvent.ToString(), events["signup_completed"]["id"]!.GetValue<string>());
    }

    public static async Task Merge_OverlappingChanges_ConflictUntilResolved(ServerFixture f)
    {
        var (owner, main, branch, mainEvent, branchEvent) = await MainAndBranchAsync(f);
        await owner.Patch($"events/{mainEvent}", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main), ["description"] = "main wording" });
        await owner.Patch($"events/{branchEvent}", new JsonObject { ["draft_revision"] = 1, ["description"] = "branch wording" });
        var mr = await OpenMergeRequestAsync(owner, branch);
        var revision = await PlanSteps.RevisionAsync(owner, main);

        var refused = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = revision });
        var untouched = await owner.Get($"events/{mainEvent}");
        var badSide = await owner.Post($"merge-requests/{mr}/merge", JsonNode.Parse($$$"""{"draft_revision": {{{revision}}}, "resolutions": {"event:signup_completed": "both"}}"""));
        var resolved = await owner.Post($"merge-requests/{mr}/merge", JsonNode.Parse($$$"""{"draft_revision": {{{revision}}}, "resolutions": {"event:signup_completed": "branch"}}"""));
        var after = await owner.Get($"events/{mainEvent}");
        var again = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = revision + 1 });

        Assert.Equal((409, "merge_conflict"), (refused.Code, refused.ProblemCode));
        var conflict = refused.Json["conflicts"]![0]!;
        Assert.Equal("event:signup_completed", conflict["key"]!.GetValue<string>());
        Assert.Equal("main wording", conflict["main"]!["description"]!.GetValue<string>());
        Assert.Equal("branch wording", conflict["branch"]!["description"]!.GetValue<string>());
        Assert.Equal("main wording", untouched.Json["description"]!.GetValue<string>());
        Assert.Equal(400, badSide.Code);
        Assert.True(resolved.Code == 200, resolved.ToString());
        Assert.Equal("branch wording", after.Json["description"]!.GetValue<string>());
        Assert.Equal((409, "merge_request_not_open"), (again.Code, again.ProblemCode));
    }

    public static async Task Merge_RemovedOnMainChangedOnBranch_Conflict(ServerFixture f)
    {
        var (owner, main, branch, mainEvent, branchEvent) = await MainAndBranchAsync(f);
        await owner.Delete($"events/{mainEvent}?draft_revision={await PlanSteps.RevisionAsync(owner, main)}");
        await owner.Post($"events/{branchEvent}/properties", new JsonObject { ["draft_revision"] = 1, ["name"] = "plan", ["type"] = "string" });
        var mr = await OpenMergeRequestAsync(owner, branch);

        var refused = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });

        Assert.Equal((409, "merge_conflict"), (refused.Code, refused.ProblemCode));
        Assert.Contains(refused.Json["conflicts"]!.AsArray(), c => c!["key"]!.GetValue<string>() == "event:signup_completed");
    }

    public static async Task Branch_Rules_PublishFromMainOnlyAndMergeRequestsFromBranches(ServerFixture f)
    {
        var (owner, main, branch, _, _) = await MainAndBranchAsync(f);
        var mr = await OpenMergeRequestAsync(owner, branch);

        var publishBranch = await PlanSteps.PublishAsync(owner, branch, 1);
        var mrFromMain = await owner.Post($"plans/{main}/merge-requests", new JsonObject { ["title"] = "x" });
        var branchOfBranch = await owner.Post($"plans/{branch}/branch", new JsonObject { ["branch_name"] = "nested" });
        var branches = await owner.Get($"plans/{main}/branches");
        var plans = await owner.Get("plans");
        var closed = await owner.Post($"merge-requests/{mr}/close");
        var closedMerge = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });
        var reopened = await owner.Post($"merge-requests/{mr}/reopen");
        var listed = await owner.Get($"plans/{main}/merge-requests");

        Assert.Equal((409, "not_main"), (publishBranch.Code, publishBranch.ProblemCode));
        Assert.Equal((409, "not_branch"), (mrFromMain.Code, mrFromMain.ProblemCode));
        Assert.Equal((409, "not_main"), (branchOfBranch.Code, branchOfBranch.ProblemCode));
        Assert.Equal("feature", branches.Json[0]!["branch_name"]!.GetValue<string>());
        Assert.Single(plans.Json.AsArray());
        Assert.Equal("closed", closed.Json["status"]!.GetValue<string>());
        Assert.Equal((409, "merge_request_not_open"), (closedMerge.Code, closedMerge.ProblemCode));
        Assert.Equal("open", reopened.Json["status"]!.GetValue<string>());
        Assert.Single(listed.Json.AsArray());
    }
}
