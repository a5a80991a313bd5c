using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>
/// What a test arranges through the public REST API rather than the browser: a second member joining the organization
/// (the invitation pages belong to the settings journey) and events sent by an app with an API key.
/// </summary>
public static class Api
{
    /// <summary>Invites <paramref name="email"/> as an editor of the owner's organization, registers and joins them, and signs them in to it in a fresh browser context.</summary>
    public static async Task<IPage> JoinAsEditorAsync(UiServer server, string ownerEmail, string email, string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "/api/v1/") };
        var owner = await PostAsync(http, "auth/login", new JsonObject { ["email"] = ownerEmail, ["password"] = Steps.Password }, null);
        var orgId = (string)owner["org_id"]!;
        var invitation = await PostAsync(http, "org/invitations", new JsonObject { ["email"] = email, ["role"] = "editor" }, (string)owner["access_token"]!);
        var member = await PostAsync(http, "auth/register",
            new JsonObject { ["email"] = email, ["password"] = Steps.Password, ["name"] = name, ["org_name"] = name + "'s own org" }, null);
        await PostAsync(http, "invitations/accept", new JsonObject { ["token"] = (string)invitation["token"]! }, (string)member["access_token"]!);

        var page = await server.NewPageAsync();
        var login = await page.APIRequest.PostAsync("/api/v1/auth/login?cookie=true", new APIRequestContextOptions
        {
            DataObject = new Dictionary<string, object> { ["email"] = email, ["password"] = Steps.Password, ["org_id"] = orgId },
        });
        Assert.True(login.Ok, $"login of {email} into the owner's organization: {login.Status} {await login.TextAsync()}");
        return page;
    }

    /// <summary>Sends one event to <c>POST /api/v1/validate</c> as an app would, and returns the result.</summary>
    public static async Task<JsonObject> ValidateAsync(UiServer server, string apiKey, JsonObject payload)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "/api/v1/") };
        using var request = new HttpRequestMessage(HttpMethod.Post, "validate") { Content = JsonContent.Create(payload) };
        request.Headers.Add("X-API-Key", apiKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"validate: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>The organization's audit entries (newest first), read by the owner.</summary>
    public static async Task<JsonArray> AuditAsync(UiServer server, string ownerEmail)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "/api/v1/") };
        var owner = await PostAsync(http, "auth/login", new JsonObject { ["email"] = ownerEmail, ["password"] = Steps.Password }, null);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)owner["access_token"]!);
        var body = JsonNode.Parse(await http.GetStringAsync("org/audit?limit=100"))!;
        return body as JsonArray ?? body["items"] as JsonArray ?? [];
    }

    /// <summary>Calls the REST API as the owner (bearer token) with a JSON or text body, if any, and returns the JSON answer.</summary>
    public static async Task<JsonObject> AsOwnerAsync(UiServer server, string ownerEmail, HttpMethod method, string path, HttpContent? body = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "/api/v1/") };
        var owner = await PostAsync(http, "auth/login", new JsonObject { ["email"] = ownerEmail, ["password"] = Steps.Password }, null);
        using var request = new HttpRequestMessage(method, path) { Content = body };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (string)owner["access_token"]!);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static async Task<JsonObject> PostAsync(HttpClient http, string path, JsonObject body, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
