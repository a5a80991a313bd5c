using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>Antiforgery for cookie sessions, and set-based writes that must still reach the audit log.</summary>
public static class SecurityScenarios
{
    public static async Task Antiforgery_CookieWriteWithoutToken_Refused(ServerFixture f)
    {
        var user = await Accounts.RegisterAsync(f);
        var browser = f.Client();
        await browser.Post("auth/login?cookie=true", new JsonObject { ["email"] = user.Email, ["password"] = Accounts.Password });

        var withoutToken = await browser.Post("plans", new JsonObject { ["name"] = "Forged" });
        var wrongToken = await browser.Post("plans", new JsonObject { ["name"] = "Forged" }, new Dictionary<string, string> { ["X-CSRF-TOKEN"] = "nope" });
        var token = (await browser.Get("auth/antiforgery")).Json["request_token"]!.GetValue<string>();
        var withToken = await browser.Post("plans", new JsonObject { ["name"] = "Real" }, new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token });
        var read = await browser.Get("plans");
        var bearer = await user.Post("plans", new JsonObject { ["name"] = "Bearer" });

        Assert.Equal((400, "antiforgery_failed"), (withoutToken.Code, withoutToken.ProblemCode));
        Assert.Equal((400, "antiforgery_failed"), (wrongToken.Code, wrongToken.ProblemCode));
        Assert.True(withToken.Code == 201, withToken.ToString());
        Assert.Equal(["Bearer", "Real"], (await user.Get("plans")).Json.AsArray().Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(200, read.Code);
        Assert.Equal(201, bearer.Code);
    }

    public static async Task Audit_ConditionalRevisionUpdate_Recorded(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);

        var (_, next) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var audit = await owner.Get($"org/audit?entity_type=plans&entity_id={plan}");

        var moved = audit.Json.AsArray().Where(a => a!["action"]!.GetValue<string>() == "update" && a["after"]?["DraftRevision"] is not null).ToList();
        var entry = Assert.Single(moved)!;
        Assert.Equal(revision, entry["before"]!["DraftRevision"]!.GetValue<long>());
        Assert.Equal(next, entry["after"]!["DraftRevision"]!.GetValue<long>());
        Assert.Equal(owner.UserId.ToString(), entry["actor_id"]!.GetValue<string>());
    }

    public static async Task Audit_MemberRemoval_TokenRevocationsRecorded(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var member = await Accounts.AddMemberAsync(f, owner, "editor");
        var token = await member.Post("auth/tokens", new JsonObject { ["name"] = "ci" });
        var tokenId = token.Json["id"]!.GetValue<string>();

        var removed = await owner.Delete($"org/members/{member.UserId}");
        var audit = await owner.Get($"org/audit?entity_type=personal_access_tokens&entity_id={tokenId}");

        Assert.Equal(204, removed.Code);
        Assert.Contains(audit.Json.AsArray(), a => a!["action"]!.GetValue<string>() == "update" && a["after"]!["RevokedAt"] is not null
            && a["before"]!["RevokedAt"] is null);
    }
}
