using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed partial class TeamJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Team_InviteAcceptAsViewer_ViewerCannotEditAndTokensShownOnce()
    {
        var owner = await server.NewPageAsync();
        var viewer = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(owner, "olivia@example.com", "Olivia Owner", "Acme Analytics");
            var planUrl = await Steps.CreatePlanAsync(owner, "Web shop", "Events of the web shop");
            await Steps.AddEventAsync(owner, "checkout_started", "A customer opened the checkout.");

            await Steps.OpenSettingsAsync(owner, "Members");
            var invitations = owner.GetByRole(AriaRole.Region, new() { Name = "Invitations" });
            await invitations.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
            await Assertions.Expect(invitations.GetByText("email is required.")).ToBeVisibleAsync();
            await invitations.GetByLabel("Email to invite").FillAsync("victor@example.com");
            await invitations.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
            await Assertions.Expect(invitations.GetByText("Send this link to victor@example.com.")).ToBeVisibleAsync();
            var link = await invitations.GetByLabel("Invitation link").InputValueAsync();
            await Assertions.Expect(invitations.GetByRole(AriaRole.Table, new() { Name = "Invitations" })).ToContainTextAsync("pending");
            await Forms.AssertLabelledAsync(owner);
            await Screenshots.SaveAsync(owner, "settings-members");

            await invitations.GetByLabel("Email to invite").FillAsync("revoked@example.com");
            await invitations.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
            await Assertions.Expect(invitations.GetByText("Send this link to revoked@example.com.")).ToBeVisibleAsync();
            var revokedLink = await invitations.GetByLabel("Invitation link").InputValueAsync();
            await invitations.GetByRole(AriaRole.Button, new() { Name = "Revoke invitation for revoked@example.com" }).ClickAsync();
            // The row's status cell, not its email (which also contains "revoked"): wait for the revoke to land.
            var revokedRow = invitations.GetByRole(AriaRole.Table, new() { Name = "Invitations" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "revoked@example.com" });
            await Assertions.Expect(revokedRow.GetByRole(AriaRole.Cell, new() { Name = "revoked", Exact = true })).ToBeVisibleAsync();
            await viewer.GotoAsync(revokedLink);
            await Assertions.Expect(viewer.GetByRole(AriaRole.Alert)).ToContainTextAsync("was revoked");
            await invitations.GetByLabel("Email to invite").FillAsync("late@example.com");
            await invitations.GetByRole(AriaRole.Button, new() { Name = "Create invitation" }).ClickAsync();
            await Assertions.Expect(invitations.GetByText("Send this link to late@example.com.")).ToBeVisibleAsync();
            var expiredLink = await invitations.GetByLabel("Invitation link").InputValueAsync();
            await ExpireInvitationAsync("late@example.com");
            await viewer.GotoAsync(expiredLink);
            await Assertions.Expect(viewer.GetByRole(AriaRole.Alert)).ToContainTextAsync("expired on 2020-01-01 00:00 UTC");
            await viewer.GotoAsync(link + "x");
            await Assertions.Expect(viewer.GetByRole(AriaRole.Alert)).ToContainTextAsync("not valid");

            await viewer.GotoAsync(link);
            await Assertions.Expect(viewer.GetByText("Acme Analytics invites victor@example.com to join as viewer.")).ToBeVisibleAsync();
            await Screenshots.SaveAsync(viewer, "accept-invitation");
            await viewer.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
            await viewer.GetByLabel("Your name").FillAsync("Victor Viewer");
            await viewer.GetByLabel("Email").FillAsync("victor@example.com");
            await viewer.GetByLabel("Password (at least 8 characters)").FillAsync(Steps.Password);
            await viewer.GetByLabel("Organization name").FillAsync("Victor's own");
            await viewer.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
            await viewer.WaitForURLAsync(InviteUrl());
            await viewer.GetByRole(AriaRole.Button, new() { Name = "Accept and join Acme Analytics" }).ClickAsync();
            await viewer.WaitForURLAsync(JoinedUrl());
            await Steps.WaitForInteractiveAsync(viewer);
            await Assertions.Expect(viewer.GetByText("You joined Acme Analytics as viewer.")).ToBeVisibleAsync();

            await viewer.GetByRole(AriaRole.Link, new() { Name = "Web shop" }).ClickAsync();
            await viewer.GetByRole(AriaRole.Button, new() { Name = "checkout_started" }).ClickAsync();
            await Assertions.Expect(viewer.GetByText("you can read this plan but not change it")).ToBeVisibleAsync();
            await Assertions.Expect(viewer.GetByLabel("Event name")).ToBeDisabledAsync();
            Assert.Equal(0, await viewer.GetByRole(AriaRole.Button, new() { Name = "New event" }).CountAsync());
            Assert.Equal(0, await viewer.GetByRole(AriaRole.Button, new() { Name = "Save event" }).CountAsync());
            Assert.Equal(0, await viewer.GetByRole(AriaRole.Button, new() { Name = "Delete event" }).CountAsync());
            await Screenshots.SaveAsync(viewer, "editor-viewer");

            await Steps.OpenSettingsAsync(viewer, "Access tokens");
            await viewer.GetByLabel("Token name").FillAsync("ci");
            await viewer.GetByLabel("Read and write").CheckAsync();
            await viewer.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
            var token = await viewer.GetByLabel("New access token").InputValueAsync();
            await Assertions.Expect(viewer.GetByRole(AriaRole.Table, new() { Name = "Access tokens" })).ToContainTextAsync("write");
            await Forms.AssertLabelledAsync(viewer);
            await Screenshots.SaveAsync(viewer, "settings-tokens");

            // The Server refuses the viewer's write even with a write-scope token; reading works.
            var planId = planUrl[(planUrl.LastIndexOf('/') + 1)..];
            var auth = new Dictionary<string, string> { ["Authorization"] = "Bearer " + token };
            var write = await viewer.APIRequest.PostAsync($"/api/v1/plans/{planId}/events", new() { Headers = auth, DataObject = new { event_name = "sneaky_event", draft_revision = 2 } });
            var read = await viewer.APIRequest.GetAsync($"/api/v1/plans/{planId}", new() { Headers = auth });
            Assert.Equal(403, write.Status);
            Assert.Contains("forbidden", await write.TextAsync(), StringComparison.Ordinal);
            Assert.Equal(200, read.Status);

            await viewer.GetByRole(AriaRole.Link, new() { Name = "Members" }).First.ClickAsync();
            await Assertions.Expect(viewer.GetByRole(AriaRole.Table, new() { Name = "Members" })).ToContainTextAsync("olivia@example.com");
            Assert.Equal(0, await viewer.GetByRole(AriaRole.Region, new() { Name = "Invitations" }).CountAsync());
            await Steps.OpenSettingsAsync(viewer, "Access tokens");
            Assert.Equal(0, await viewer.GetByLabel("New access token").CountAsync());
            Assert.DoesNotContain(token, await viewer.ContentAsync(), StringComparison.Ordinal);
            await viewer.GetByRole(AriaRole.Button, new() { Name = "Revoke token ci" }).ClickAsync();
            await Assertions.Expect(viewer.GetByRole(AriaRole.Table, new() { Name = "Access tokens" })).ToContainTextAsync("revoked");
            var afterRevoke = await viewer.APIRequest.GetAsync($"/api/v1/plans/{planId}", new() { Headers = auth });
            Assert.Equal(401, afterRevoke.Status);
            await viewer.GetByLabel("Switch organization").SelectOptionAsync(new SelectOptionValue { Label = "Victor's own (owner)" });
            await viewer.GetByRole(AriaRole.Button, new() { Name = "Switch", Exact = true }).ClickAsync();
            await Steps.WaitForInteractiveAsync(viewer);
            await Assertions.Expect(viewer.GetByText("victor@example.com · owner")).ToBeVisibleAsync();
            await Assertions.Expect(viewer.GetByText("No plans yet. Create the first one.")).ToBeVisibleAsync();

            await owner.ReloadAsync();
            await Steps.WaitForInteractiveAsync(owner);
            var members = owner.GetByRole(AriaRole.Table, new() { Name = "Members" });
            await Assertions.Expect(members).ToContainTextAsync("victor@example.com");
            await Forms.PickAsync(owner, members, "Role of victor@example.com", "editor");
            await Assertions.Expect(owner.GetByText("victor@example.com is now editor.")).ToBeVisibleAsync();

            await Steps.OpenSettingsAsync(owner, "Audit log");
            var audit = owner.GetByRole(AriaRole.Table, new() { Name = "Audit entries" });
            await Assertions.Expect(audit).ToContainTextAsync("invitations");
            await Assertions.Expect(audit).ToContainTextAsync("memberships");
            await Assertions.Expect(audit).ToContainTextAsync("events");
            await Forms.PickAsync(owner, owner.GetByRole(AriaRole.Search, new() { Name = "Audit filters" }), "Actor", "victor@example.com");
            await owner.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await Assertions.Expect(audit).ToContainTextAsync("personal_access_tokens");
            await Assertions.Expect(audit).Not.ToContainTextAsync("events");
            await Forms.AssertLabelledAsync(owner);
            await owner.GetByRole(AriaRole.Button, new() { Name = "Clear filters" }).ClickAsync();
            await owner.GetByLabel("Entity type").FillAsync("memberships");
            await owner.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await Assertions.Expect(audit).Not.ToContainTextAsync("invitations");
            await Assertions.Expect(audit).ToContainTextAsync("update");
            await Screenshots.SaveAsync(owner, "settings-audit");

            await Steps.OpenSettingsAsync(owner, "Members");
            await owner.GetByRole(AriaRole.Button, new() { Name = "Remove victor@example.com" }).ClickAsync();
            await owner.GetByRole(AriaRole.Button, new() { Name = "Confirm removal of victor@example.com" }).ClickAsync();
            await Assertions.Expect(owner.GetByText("victor@example.com was removed")).ToBeVisibleAsync();
            await Assertions.Expect(members).Not.ToContainTextAsync("victor@example.com");
        }
        catch
        {
            await Screenshots.SaveAsync(owner, "failure-team-journey-owner");
            await Screenshots.SaveAsync(viewer, "failure-team-journey-viewer");
            throw;
        }
    }

    private async Task ExpireInvitationAsync(string email)
    {
        await using var db = new SqliteConnection($"Data Source={server.DatabasePath};Default Timeout=60");
        await db.OpenAsync();
        await using var command = db.CreateCommand();
        command.CommandText = "UPDATE invitations SET ExpiresAt = '2020-01-01 00:00:00' WHERE Email = $email";
        command.Parameters.AddWithValue("$email", email);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    [GeneratedRegex(@"/invite/tbi_")]
    private static partial Regex InviteUrl();

    [GeneratedRegex(@"/plans\?joined=1$")]
    private static partial Regex JoinedUrl();
}
