using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>Merge-request review: approvals against the plan setting, comments, consistency findings and their webhooks.</summary>
public static class ReviewScenarios
{
    private static async Task<(ApiClient Owner, Guid Main, Guid Branch, string MergeRequest)> OpenAsync(ServerFixture f, ApiClient? author = null)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (main, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, main, revision);
        var branch = await owner.Post($"plans/{main}/branch", new JsonObject { ["branch_name"] = "review", ["draft_revision"] = r1 });
        var branchId = Guid.Parse(branch.Json["id"]!.GetValue<string>());
        await owner.Post($"plans/{branchId}/events", JsonNode.Parse("""
            {
              "draft_revision": 1,
              "event_name": "registration_finished",
              "description": "A user finished signing up",
              "category": "account",
              "properties": [
                {"name": "signup_method", "type": "string", "required": true, "constraints": {"enum_values": ["email", "google"]}},
                {"name": "referrer", "type": "string"}
              ]
            }
            """));
        var mr = await (author ?? owner).Post($"plans/{branchId}/merge-requests", new JsonObject { ["title"] = "Add registration" });
        Assert.True(mr.Code == 201, mr.ToString());
        return (owner, main, branchId, mr.Json["id"]!.GetValue<string>());
    }

    public static async Task MergeRequest_View_ShowsDiffAndConsistencyFindings(ServerFixture f)
    {
        var (owner, _, _, mr) = await OpenAsync(f);

        var view = await owner.Get($"merge-requests/{mr}");

        Assert.True(view.Code == 200, view.ToString());
        Assert.Contains(view.Json["diff"]!["changes"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "event_added");
        var finding = Assert.Single(view.Json["consistency_findings"]!.AsArray())!;
        Assert.Equal("registration_finished", finding["event_a"]!.GetValue<string>());
        Assert.Equal("signup_completed", finding["event_b"]!.GetValue<string>());
        Assert.Equal("duplicate_likely", finding["band"]!.GetValue<string>());
        Assert.True(finding["score"]!.GetValue<double>() >= 82);
        Assert.Equal(0, view.Json["review"]!["required_approvals"]!.GetValue<int>());
    }

    public static async Task LiveFeed_ReviewActions_SentAsReviewEventsOnTheMainPlan(ServerFixture f)
    {
        var (owner, main, branch, mr) = await OpenAsync(f);
        var reviewer = await Accounts.AddMemberAsync(f, owner, "editor");
        var (otherOwner, otherPlan, _, otherMr) = await OpenAsync(f);
        await using var feed = await SseStream.OpenAsync(f.Client().Http, $"plans/{main}/live", owner.Token);
        await using var otherFeed = await SseStream.OpenAsync(f.Client().Http, $"plans/{otherPlan}/live", otherOwner.Token);
        await feed.NextAsync();
        await otherFeed.NextAsync();

        var second = await reviewer.Post($"plans/{branch}/merge-requests", new JsonObject { ["title"] = "Second look" });
        var opened = await feed.NextAsync();
        Assert.Equal(201, (await reviewer.Post($"merge-requests/{mr}/comments", new JsonObject { ["body"] = "Looks right." })).Code);
        var commented = await feed.NextAsync();
        Assert.Equal(200, (await reviewer.Post($"merge-requests/{mr}/approve")).Code);
        var approved = await feed.NextAsync();
        Assert.Equal(200, (await reviewer.Delete($"merge-requests/{mr}/approve")).Code);
        var withdrawn = await feed.NextAsync();
        Assert.Equal(200, (await owner.Post($"merge-requests/{mr}/close")).Code);
        var closed = await feed.NextAsync();
        Assert.Equal(200, (await owner.Post($"merge-requests/{mr}/reopen")).Code);
        var reopened = await feed.NextAsync();
        var revision = await PlanSteps.RevisionAsync(owner, main);
        Assert.Equal(200, (await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = revision })).Code);
        var merged = await feed.NextAsync();
        Assert.Equal(201, (await otherOwner.Post($"merge-requests/{otherMr}/comments", new JsonObject { ["body"] = "Other org." })).Code);
        var other = await otherFeed.NextAsync();

        Assert.Equal(["review"], new[] { commented, approved, withdrawn, closed, reopened, merged }.Select(e => e.Event).Distinct());
        Assert.Equal(["comment", "approve", "withdraw", "close", "reopen", "merge"],
            new[] { commented, approved, withdrawn, closed, reopened, merged }.Select(e => e.Data["action"]!.GetValue<string>()));
        Assert.All(new[] { commented, approved, withdrawn, closed, reopened, merged }, e =>
            Assert.Equal((mr, main.ToString()), (e.Data["merge_request_id"]!.GetValue<string>(), e.Data["plan_id"]!.GetValue<string>())));
        Assert.Equal(reviewer.UserId.ToString(), commented.Data["actor_id"]!.GetValue<string>());
        Assert.Equal(("review", "open", second.Json["id"]!.GetValue<string>()),
            (opened.Event, opened.Data["action"]!.GetValue<string>(), opened.Data["merge_request_id"]!.GetValue<string>()));
        Assert.DoesNotContain("Looks right.", commented.Data.ToJsonString(), StringComparison.Ordinal);
        // The other organization's comment was published after all of ours: had one of ours leaked, it would be what it saw.
        Assert.Equal(otherMr, other.Data["merge_request_id"]!.GetValue<string>());
    }

    public static async Task Approvals_RequiredByPlanSetting_MergeRefusedUntilEnough(ServerFixture f)
    {
        var (owner, main, branch, _) = await OpenAsync(f);
        var author = await Accounts.AddMemberAsync(f, owner, "editor");
        var reviewer = await Accounts.AddMemberAsync(f, owner, "editor");
        var mr = (await author.Post($"plans/{branch}/merge-requests", new JsonObject { ["title"] = "Second" })).Json["id"]!.GetValue<string>();
        var viewer = await Accounts.AddMemberAsync(f, owner, "viewer");

        var editorSetting = await reviewer.Send(HttpMethod.Put, $"plans/{main}/review-settings", new JsonObject { ["required_approvals"] = 2 }, null);
        var badSetting = await owner.Send(HttpMethod.Put, $"plans/{main}/review-settings", new JsonObject { ["required_approvals"] = 11 }, null);
        var setting = await owner.Send(HttpMethod.Put, $"plans/{main}/review-settings", new JsonObject { ["required_approvals"] = 2 }, null);
        var selfApproval = await author.Post($"merge-requests/{mr}/approve");
        var viewerApproval = await viewer.Post($"merge-requests/{mr}/approve");
        var first = await reviewer.Post($"merge-requests/{mr}/approve");
        var refused = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });
        var second = await owner.Post($"merge-requests/{mr}/approve");
        var merged = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });

        Assert.Equal(403, editorSetting.Code);
        Assert.Equal((400, "invalid_field"), (badSetting.Code, badSetting.ProblemCode));
        Assert.Equal(2, setting.Json["required_approvals"]!.GetValue<int>());
        Assert.Equal((403, "self_approval"), (selfApproval.Code, selfApproval.ProblemCode));
        Assert.Equal(403, viewerApproval.Code);
        Assert.Equal(1, first.Json["approval_count"]!.GetValue<int>());
        Assert.False(first.Json["approved"]!.GetValue<bool>());
        Assert.Equal((409, "approvals_required"), (refused.Code, refused.ProblemCode));
        Assert.Equal(2, second.Json["approval_count"]!.GetValue<int>());
        Assert.True(merged.Code == 200, merged.ToString());
    }

    public static async Task Approvals_BranchChangedAfterApproval_NoLongerCounts(ServerFixture f)
    {
        var (owner, main, branch, _) = await OpenAsync(f);
        var author = await Accounts.AddMemberAsync(f, owner, "editor");
        var mr = (await author.Post($"plans/{branch}/merge-requests", new JsonObject { ["title"] = "Changes later" })).Json["id"]!.GetValue<string>();
        await owner.Send(HttpMethod.Put, $"plans/{main}/review-settings", new JsonObject { ["required_approvals"] = 1 }, null);
        await owner.Post($"merge-requests/{mr}/approve");

        await author.Post($"plans/{branch}/events", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(author, branch), ["event_name"] = "late_addition" });
        var view = await owner.Get($"merge-requests/{mr}");
        var refused = await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });
        var withdrawn = await owner.Delete($"merge-requests/{mr}/approve");

        Assert.Equal(0, view.Json["review"]!["approval_count"]!.GetValue<int>());
        Assert.False(view.Json["review"]!["approvals"]![0]!["current"]!.GetValue<bool>());
        Assert.Equal((409, "approvals_required"), (refused.Code, refused.ProblemCode));
        Assert.Empty(withdrawn.Json["approvals"]!.AsArray());
    }

    public static async Task Comments_OnEventAndMergeRequest_ListedInOrder(ServerFixture f)
    {
        var (owner, main, _, mr) = await OpenAsync(f);
        var viewer = await Accounts.AddMemberAsync(f, owner, "viewer");
        var eventId = (await owner.Get($"plans/{main}")).Json["events"]![0]!["id"]!.GetValue<string>();

        var onEvent = await owner.Post($"events/{eventId}/comments", new JsonObject { ["body"] = "Is referrer still sent?" });
        await owner.Post($"events/{eventId}/comments", new JsonObject { ["body"] = "Yes, from the landing page." });
        var onMr = await owner.Post($"merge-requests/{mr}/comments", new JsonObject { ["body"] = "Looks like a duplicate of signup_completed." });
        var empty = await owner.Post($"merge-requests/{mr}/comments", new JsonObject { ["body"] = "  " });
        var tooLong = await owner.Post($"events/{eventId}/comments", new JsonObject { ["body"] = new string('x', 10_001) });
        var unknownField = await owner.Post($"events/{eventId}/comments", new JsonObject { ["body"] = "x", ["author"] = "me" });
        var byViewer = await viewer.Post($"events/{eventId}/comments", new JsonObject { ["body"] = "viewer" });
        var eventList = await viewer.Get($"events/{eventId}/comments");
        var mrList = await viewer.Get($"merge-requests/{mr}/comments");
        var view = await owner.Get($"merge-requests/{mr}");

        Assert.True(onEvent.Code == 201, onEvent.ToString());
        Assert.Equal(201, onMr.Code);
        Assert.Equal((400, "missing_field"), (empty.Code, empty.ProblemCode));
        Assert.Equal((400, "invalid_field"), (tooLong.Code, tooLong.ProblemCode));
        Assert.Equal(400, unknownField.Code);
        Assert.Equal(403, byViewer.Code);
        Assert.Equal(["Is referrer still sent?", "Yes, from the landing page."], eventList.Json.AsArray().Select(c => c!["body"]!.GetValue<string>()));
        Assert.Equal(owner.UserId.ToString(), mrList.Json[0]!["author_id"]!.GetValue<string>());
        Assert.Equal(1, view.Json["comment_count"]!.GetValue<int>());
    }

    public static async Task Webhooks_MergeRequestActions_Queued(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var hook = await owner.Post("org/webhooks", new JsonObject { ["url"] = "https://hooks.invalid/trackboard" });
        var (main, revision) = await PlanSteps.CreateAsync(owner);
        var branch = await owner.Post($"plans/{main}/branch", new JsonObject { ["branch_name"] = "b", ["draft_revision"] = revision });
        var author = await Accounts.AddMemberAsync(f, owner, "editor");
        var mr = (await author.Post($"plans/{branch.Json["id"]}/merge-requests", new JsonObject { ["title"] = "t" })).Json["id"]!.GetValue<string>();

        await owner.Post($"merge-requests/{mr}/comments", new JsonObject { ["body"] = "ok" });
        await owner.Post($"merge-requests/{mr}/approve");
        await owner.Post($"merge-requests/{mr}/close");
        await owner.Post($"merge-requests/{mr}/reopen");
        await owner.Post($"merge-requests/{mr}/merge", new JsonObject { ["draft_revision"] = await PlanSteps.RevisionAsync(owner, main) });
        var deliveries = await owner.Get($"webhooks/{hook.Json["id"]}/deliveries");

        var events = deliveries.Json.AsArray().Select(d => d!["event"]!.GetValue<string>()).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["merge_request.approved", "merge_request.closed", "merge_request.commented", "merge_request.merged", "merge_request.opened", "merge_request.reopened"],
            events);
    }
}
