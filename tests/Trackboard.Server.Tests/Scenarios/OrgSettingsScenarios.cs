using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>What the settings pages and the global search of the UI rely on.</summary>
public static class OrgSettingsScenarios
{
    public static async Task Webhook_LiteralPrivateAddress_RefusedOnCreateUnlessAllowed(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);

        var codes = new List<(int, string?, string?)>();
        foreach (var url in new[] { "http://127.0.0.1:9/hook", "http://10.1.2.3/hook", "http://169.254.169.254/latest", "http://[::1]/hook", "http://[fd00::1]/hook" })
        {
            var refused = await owner.Post("org/webhooks", new JsonObject { ["url"] = url });
            codes.Add((refused.Code, refused.ProblemCode, refused.Json["path"]?.GetValue<string>()));
        }
        var listed = await owner.Get("org/webhooks");
        await owner.Patch("org/settings", new JsonObject { ["allow_private_webhook_targets"] = true });
        var allowed = await owner.Post("org/webhooks", new JsonObject { ["url"] = "http://127.0.0.1:9/hook" });

        Assert.All(codes, c => Assert.Equal((400, "webhook_target_blocked", "$.url"), c));
        Assert.Empty(listed.Json.AsArray());
        Assert.Equal(201, allowed.Code);
    }

    public static async Task Audit_FilterByActor_OnlyThatActorsEntries(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        await PlanSteps.AddSignupAsync(owner, plan, revision);
        var editor = await Accounts.AddMemberAsync(f, owner, "editor");
        var (_, r2) = await PlanSteps.CreateAsync(editor, "Editor's plan");

        var mine = await owner.Get($"org/audit?actor_id={editor.UserId}");
        var ownerOnly = await owner.Get($"org/audit?actor_id={owner.UserId}&entity_type=plans");

        var actors = mine.Json.AsArray().Select(e => e!["actor_id"]!.GetValue<string>()).Distinct().ToList();
        Assert.Equal([editor.UserId.ToString()], actors);
        Assert.Contains(mine.Json.AsArray(), e => e!["entity_type"]!.GetValue<string>() == "plans" && e["action"]!.GetValue<string>() == "create");
        Assert.All(ownerOnly.Json.AsArray(), e => Assert.Equal(owner.UserId.ToString(), e!["actor_id"]!.GetValue<string>()));
        Assert.DoesNotContain(ownerOnly.Json.AsArray(), e => e!["after"]?["Name"]?.GetValue<string>() == "Editor's plan");
        Assert.True(r2 > 0);
    }

    public static async Task Search_FindsPlansEventsAndProperties_OnlyInCallersOrg(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var other = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner, "Signup funnel");
        await PlanSteps.AddSignupAsync(owner, plan, revision);
        var (otherPlan, otherRevision) = await PlanSteps.CreateAsync(other, "Signup elsewhere");
        await PlanSteps.AddSignupAsync(other, otherPlan, otherRevision);

        var found = await owner.Get("search?q=signup");

        Assert.Equal([plan.ToString()], found.Json["plans"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
        Assert.All(found.Json["events"]!.AsArray(), e => Assert.Equal(plan.ToString(), e!["plan_id"]!.GetValue<string>()));
        Assert.NotEmpty(found.Json["events"]!.AsArray());
        Assert.All(found.Json["properties"]!.AsArray(), p => Assert.Equal(plan.ToString(), p!["plan_id"]!.GetValue<string>()));
    }
}
