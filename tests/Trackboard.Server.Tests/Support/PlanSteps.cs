using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

/// <summary>Builds plan content through the API.</summary>
public static class PlanSteps
{
    public static async Task<(Guid Id, long Revision)> CreateAsync(ApiClient client, string name = "Web")
    {
        var response = await client.Post("plans", new JsonObject { ["name"] = name, ["description"] = "Plan " + name });
        Assert.True(response.Code == 201, response.ToString());
        return (Guid.Parse(response.Json["id"]!.GetValue<string>()), response.Json["draft_revision"]!.GetValue<long>());
    }

    /// <summary>A signup event with a required enum and an optional string; returns the event id and the new revision.</summary>
    public static async Task<(Guid EventId, long Revision)> AddSignupAsync(ApiClient client, Guid plan, long revision)
    {
        var response = await client.Post($"plans/{plan}/events", JsonNode.Parse($$$"""
            {
              "draft_revision": {{{revision}}},
              "event_name": "signup_completed",
              "description": "A user finished signing up",
              "category": "account",
              "properties": [
                {"name": "signup_method", "type": "string", "required": true, "constraints": {"enum_values": ["email", "google"]}},
                {"name": "referrer", "type": "string"}
              ]
            }
            """));
        Assert.True(response.Code == 201, response.ToString());
        return (Guid.Parse(response.Json["id"]!.GetValue<string>()), response.Json["draft_revision"]!.GetValue<long>());
    }

    public static async Task<long> RevisionAsync(ApiClient client, Guid plan) =>
        (await client.Get($"plans/{plan}")).Json["draft_revision"]!.GetValue<long>();

    public static async Task<ApiResponse> PublishAsync(ApiClient client, Guid plan, long revision, bool allowBreaking = false) =>
        await client.Post($"plans/{plan}/publish", new JsonObject { ["draft_revision"] = revision, ["allow_breaking"] = allowBreaking });
}
