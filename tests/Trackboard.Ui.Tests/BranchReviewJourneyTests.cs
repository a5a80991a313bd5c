using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class BranchReviewJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Review_BranchEditMergeRequestCommentApproveAsSecondUserMerge_Works()
    {
        var page = await server.NewPageAsync();
        IPage? bob = null;
        try
        {
            await Steps.RegisterAsync(page, "ada@review.example", "Ada Lovelace", "Review Works");
            await Steps.CreatePlanAsync(page, "Mobile app", "Events of the app");
            await Steps.AddEventAsync(page, "signup_completed", "A user finished signing up.");

            await Steps.OpenSectionAsync(page, "Branches");
            await page.GetByLabel("Required approvals").FillAsync("1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save review rule" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Saved: merges need 1 approval(s).")).ToBeVisibleAsync();
            await Steps.CreateBranchAsync(page, "add-checkout");

            await Steps.AddEventAsync(page, "order_completed", "A customer completed an order.");
            await Steps.AddStringPropertyAsync(page, "order_id", required: true);
            await Steps.DescribeEventAsync(page, "signup_completed", "A user finished the sign-up form and verified the email.");
            await page.GetByRole(AriaRole.Link, new() { Name = "Branches and merge requests" }).ClickAsync();
            await Steps.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Branches" })).ToContainTextAsync("add-checkout");
            var mergeRequestUrl = await Steps.OpenMergeRequestAsync(page, "Add checkout events", "Checkout tracking for the new flow.");

            var changes = page.GetByRole(AriaRole.Table, new() { Name = "Changes in this branch" });
            await Assertions.Expect(changes).ToContainTextAsync("event_added");
            await Assertions.Expect(changes).ToContainTextAsync("order_completed");
            await Assertions.Expect(changes).ToContainTextAsync("event_description_changed");
            await Assertions.Expect(changes.GetByText("safe", new() { Exact = true })).ToBeVisibleAsync();
            await Assertions.Expect(changes.GetByText("informational", new() { Exact = true })).ToBeVisibleAsync();

            await page.GetByLabel("Your comment").FillAsync("Please check that order_id is set on every platform.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Comments" })).ToContainTextAsync("Please check that order_id is set");
            await Assertions.Expect(page.GetByLabel("Your comment")).ToHaveValueAsync("");

            // The author may not approve, and the plan's rule blocks the merge until someone else does.
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "cannot approve" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "requires 1 approval" })).ToBeVisibleAsync();
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "merge-request");

            bob = await Api.JoinAsEditorAsync(server, "ada@review.example", "bob@review.example", "Bob Babbage");
            await bob.GotoAsync(mergeRequestUrl);
            await Steps.WaitForInteractiveAsync(bob);
            await Assertions.Expect(bob.GetByRole(AriaRole.List, new() { Name = "Comments" })).ToContainTextAsync("Ada Lovelace");
            await bob.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            await Assertions.Expect(bob.GetByRole(AriaRole.Status, new() { Name = "Approvals" })).ToContainTextAsync("1 of 1 required approval(s)");
            await Assertions.Expect(bob.GetByRole(AriaRole.List, new() { Name = "Approved by" })).ToContainTextAsync("Bob Babbage approved");
            await Assertions.Expect(bob.GetByRole(AriaRole.Button, new() { Name = "Withdraw approval" })).ToBeVisibleAsync();
            await bob.GetByLabel("Your comment").FillAsync("Checked on iOS and Android.");
            await bob.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();

            // Ada's page, open all along, shows Bob's approval and comment without a reload.
            await Assertions.Expect(page.GetByRole(AriaRole.Status, new() { Name = "Live updates" })).ToContainTextAsync("appear here as they happen");
            await Assertions.Expect(page.GetByRole(AriaRole.Status, new() { Name = "Approvals" })).ToContainTextAsync("1 of 1 required approval(s)");
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Approved by" })).ToContainTextAsync("Bob Babbage approved");
            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Comments" })).ToContainTextAsync("Checked on iOS and Android.");

            await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Merged: the main plan's draft is now at revision" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Merged by Ada Lovelace")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true })).ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Link, new() { Name = "Open the main plan" }).ClickAsync();
            await Steps.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Events" })).ToContainTextAsync("order_completed");
            await Steps.OpenSectionAsync(page, "Branches");
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Merge requests" })).ToContainTextAsync("merged");

            // A merge request opened elsewhere (here through the API) appears in the open list without a reload.
            var main = new Uri(page.Url).Segments[2].TrimEnd('/');
            var revision = (long)(await Api.AsOwnerAsync(server, "ada@review.example", HttpMethod.Get, $"plans/{main}"))["draft_revision"]!;
            var refunds = await Api.AsOwnerAsync(server, "ada@review.example", HttpMethod.Post, $"plans/{main}/branch",
                System.Net.Http.Json.JsonContent.Create(new { branch_name = "add-refunds", draft_revision = revision }));
            await Api.AsOwnerAsync(server, "ada@review.example", HttpMethod.Post, $"plans/{refunds["id"]}/merge-requests",
                System.Net.Http.Json.JsonContent.Create(new { title = "Add refund events" }));
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Merge requests" })).ToContainTextAsync("Add refund events");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "branches");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-review-journey");
            if (bob is not null)
            {
                await Screenshots.SaveAsync(bob, "failure-review-journey-second-user");
            }
            throw;
        }
    }

    [BrowserFact]
    public async Task Review_ConflictResolvedByPickingTheBranchSide_MergesTheBranchValue()
    {
        var page = await server.NewPageAsync();
        IPage? phone = null;
        try
        {
            await Steps.RegisterAsync(page, "linus@conflict.example", "Linus", "Conflict Co");
            var mainUrl = await Steps.CreatePlanAsync(page, "Catalog", "Events of the catalog");
            await Steps.AddEventAsync(page, "search_performed", "A user searched.");
            await Steps.OpenSectionAsync(page, "Branches");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create branch" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "branch_name is required." })).ToContainTextAsync("$.branch_name");
            await Steps.CreateBranchAsync(page, "reword-search");
            await Steps.DescribeEventAsync(page, "search_performed", "A user ran a search from the header.");

            await page.GetByRole(AriaRole.Link, new() { Name = "Back to the main plan" }).ClickAsync();
            await page.WaitForURLAsync(mainUrl);
            await Steps.WaitForInteractiveAsync(page);
            await Steps.DescribeEventAsync(page, "search_performed", "A user searched the catalog.");
            await Steps.OpenSectionAsync(page, "Branches");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open merge request" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "title is required." })).ToContainTextAsync("$.title");
            var mergeRequestUrl = await Steps.OpenMergeRequestAsync(page, "Reword search", "Say where the search starts.");

            var conflict = page.GetByRole(AriaRole.Group, new() { Name = "Conflict: Event search_performed" });
            await Assertions.Expect(conflict).ToContainTextAsync("A user searched the catalog.");
            await Assertions.Expect(conflict).ToContainTextAsync("A user ran a search from the header.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "resolve each conflict" })).ToBeVisibleAsync();

            phone = await server.NewPageAsync(390, 844);
            await Steps.SignInAsync(phone, "linus@conflict.example");
            await phone.WaitForURLAsync(Steps.PlansUrl());
            await phone.GotoAsync(mergeRequestUrl);
            await Steps.WaitForInteractiveAsync(phone);
            await Assertions.Expect(phone.GetByRole(AriaRole.Group, new() { Name = "Conflict: Event search_performed" })).ToBeVisibleAsync();
            await Steps.AssertFitsWidthAsync(phone);
            await Screenshots.SaveAsync(phone, "merge-request-390");

            await phone.GotoAsync(mergeRequestUrl[..mergeRequestUrl.IndexOf("/merge-requests/", StringComparison.Ordinal)] + "/branches");
            await Steps.WaitForInteractiveAsync(phone);
            await Assertions.Expect(phone.GetByRole(AriaRole.Table, new() { Name = "Merge requests" })).ToContainTextAsync("Reword search");
            await Steps.AssertFitsWidthAsync(phone);
            await Screenshots.SaveAsync(phone, "branches-390");

            // Close and reopen, then resolve and merge with the keyboard only.
            await page.GetByRole(AriaRole.Button, new() { Name = "Close merge request" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Closed without merging.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Reopened." })).ToBeVisibleAsync();
            await conflict.GetByLabel("Take branch").FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(conflict.GetByLabel("Take branch")).ToBeCheckedAsync();
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "merge-conflict");
            await page.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Merged:" })).ToBeVisibleAsync();

            await page.GotoAsync(mainUrl);
            await Steps.WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Events" }).GetByRole(AriaRole.Button, new() { Name = "search_performed" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Event description")).ToHaveValueAsync("A user ran a search from the header.");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-conflict-journey");
            throw;
        }
    }
}
