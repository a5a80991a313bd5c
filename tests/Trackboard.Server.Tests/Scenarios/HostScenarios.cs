using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Trackboard.Server.Data;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class HostScenarios
{
    public static async Task Health_LiveAndReady_Healthy(ServerFixture f)
    {
        var client = f.Client();

        var live = await client.Get("/health/live");
        var ready = await client.Get("/health/ready");

        Assert.Equal(200, live.Code);
        Assert.Equal(200, ready.Code);
        Assert.Equal("Healthy", ready.Text);
    }

    public static async Task OpenApi_Document_ListsApiPaths(ServerFixture f)
    {
        var client = f.Client();

        var document = await client.Get("/openapi/v1.json");
        var docs = await client.Get("/docs");

        Assert.Equal(200, document.Code);
        Assert.NotNull(document.Json["paths"]!["/api/v1/plans/{id}/publish"]);
        Assert.NotNull(document.Json["paths"]!["/api/v1/auth/register"]);
        Assert.Equal(200, docs.Code);
    }

    public static async Task UnknownRoute_Get_ProblemWithCode(ServerFixture f)
    {
        var client = f.Client();

        var response = await client.Get("/api/v1/nothing-here");

        Assert.Equal(404, response.Code);
        Assert.Equal("not_found", response.ProblemCode);
    }

    public static Task Migrations_ForThisProvider_MatchTheModel(ServerFixture f)
    {
        using var scope = f.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrackboardDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: run dotnet ef migrations add for both contexts");
        Assert.Empty(db.Database.GetPendingMigrations());
        return Task.CompletedTask;
    }

    public static async Task Demo_Setting_LoadsExampleWorkspace(ServerFixture f)
    {
        await using var demo = f.WithSettings(new Dictionary<string, string?> { ["Trackboard:Demo"] = "true" });
        var client = new ApiClient(demo.CreateClient());

        var login = await client.Post("auth/login", new JsonObject { ["email"] = "demo@trackboard.local", ["password"] = "trackboard-demo" });
        client.Token = login.Json["access_token"]!.GetValue<string>();
        var plans = await client.Get("plans");
        var detail = await client.Get($"plans/{plans.Json[0]!["id"]}");

        Assert.Equal(200, login.Code);
        Assert.Equal("Web Analytics", plans.Json[0]!["name"]!.GetValue<string>());
        Assert.Contains(detail.Json["events"]!.AsArray(), e => e!["event_name"]!.GetValue<string>() == "signup_completed");
        Assert.NotEmpty(detail.Json["global_properties"]!.AsArray());
    }

    public static async Task Audit_Writes_RecordedWithActorAndBeforeAfter(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        await owner.Patch($"events/{eventId}", new JsonObject { ["draft_revision"] = r1, ["description"] = "changed" });
        var viewer = await Accounts.AddMemberAsync(f, owner, "viewer");

        var log = await owner.Get($"org/audit?entity_id={eventId}");
        var forbidden = await viewer.Get("org/audit");
        var keys = await owner.Post($"plans/{plan}/keys", new JsonObject { ["label"] = "k" });
        var keyLog = await owner.Get($"org/audit?entity_type=api_keys");

        Assert.Equal(["update", "create"], log.Json.AsArray().Select(e => e!["action"]!.GetValue<string>()));
        var update = log.Json[0]!;
        Assert.Equal(owner.UserId.ToString(), update["actor_id"]!.GetValue<string>());
        Assert.Equal("A user finished signing up", update["before"]!["Description"]!.GetValue<string>());
        Assert.Equal("changed", update["after"]!["Description"]!.GetValue<string>());
        Assert.Equal(403, forbidden.Code);
        Assert.Equal(201, keys.Code);
        Assert.Equal("***", keyLog.Json[0]!["after"]!["Hash"]!.GetValue<string>());
    }
}
