using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>Walks every mapped endpoint, so a new endpoint is covered (or fails for lack of an id mapping) automatically.</summary>
public static class IsolationScenarios
{
    private static readonly HashSet<string> s_anonymous =
        ["/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/validate/", "/api/v1/validate/batch"];

    public static async Task EveryEndpoint_OtherOrgsIds_NotFound(ServerFixture f)
    {
        var (ids, _, _) = await OrgWithEverythingAsync(f);
        var intruder = await Accounts.RegisterAsync(f);
        var checkedCount = 0;

        foreach (var (method, pattern, _) in ApiEndpoints(f).Where(e => e.Pattern.Contains('{', StringComparison.Ordinal)))
        {
            var url = Fill(pattern, ids);
            var response = await intruder.Send(new HttpMethod(method), url, method is "GET" or "DELETE" ? null : new JsonObject(), null);

            Assert.True(response.Code == 404, $"{method} {pattern} as another org gave {response}");
            checkedCount++;
        }

        Assert.True(checkedCount >= 25, $"only {checkedCount} endpoints with ids found");
    }

    public static async Task EveryWriteEndpoint_Viewer_Forbidden(ServerFixture f)
    {
        var (ids, owner, _) = await OrgWithEverythingAsync(f);
        var viewer = await Accounts.AddMemberAsync(f, owner, "viewer");
        var checkedCount = 0;

        foreach (var (method, pattern, _) in ApiEndpoints(f).Where(e => e.Method != "GET" && RequiresAtLeastEditor(e.Policies)))
        {
            var response = await viewer.Send(new HttpMethod(method), Fill(pattern, ids), method == "DELETE" ? null : new JsonObject(), null);

            Assert.True(response.Code == 403, $"{method} {pattern} as viewer gave {response}");
            checkedCount++;
        }

        Assert.True(checkedCount >= 20, $"only {checkedCount} write endpoints found");
    }

    public static Task EveryEndpoint_ExceptAuthAndValidate_RequiresAuthorization(ServerFixture f)
    {
        var open = ApiEndpoints(f).Where(e => e.Policies.Count == 0 && !s_anonymous.Contains(e.Pattern)).Select(e => $"{e.Method} {e.Pattern}").ToList();

        Assert.Empty(open);
        return Task.CompletedTask;
    }

    private static bool RequiresAtLeastEditor(IReadOnlyList<string> policies) =>
        policies.Any(p => p is "editor" or "admin" or "owner");

    private static List<(string Method, string Pattern, IReadOnlyList<string> Policies)> ApiEndpoints(ServerFixture f) =>
        [.. f.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m =>
                (m, e.RoutePattern.RawText!, (IReadOnlyList<string>)[.. e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "default")])))];

    private static string Fill(string pattern, IReadOnlyDictionary<string, string> ids)
    {
        var segments = pattern.Split('/');
        var resource = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (!segment.StartsWith('{'))
            {
                resource = segment;
                continue;
            }
            var name = segment.Trim('{', '}').Split(':')[0];
            var key = name switch
            {
                "gp_id" => "global",
                "a" or "b" => "versions",
                "target" => "target",
                _ => resource,
            };
            Assert.True(ids.ContainsKey(key), $"No id for {{{name}}} after '{resource}' in {pattern}: add one to IsolationScenarios.");
            segments[i] = ids[key];
        }
        return string.Join('/', segments);
    }

    private static async Task<(Dictionary<string, string> Ids, ApiClient Owner, Guid Plan)> OrgWithEverythingAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var (eventId, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var global = await owner.Post($"plans/{plan}/global-properties", new JsonObject { ["draft_revision"] = r1, ["name"] = "user_id", ["type"] = "string" });
        var r2 = global.Json["draft_revision"]!.GetValue<long>();
        var version = await PlanSteps.PublishAsync(owner, plan, r2);
        var key = await owner.Post($"plans/{plan}/keys", new JsonObject { ["label"] = "k" });
        var invitation = await owner.Post("org/invitations", new JsonObject { ["email"] = "someone@example.test" });
        var token = await owner.Post("auth/tokens", new JsonObject { ["name"] = "t" });
        var property = (await owner.Get($"events/{eventId}")).Json["properties"]![0]!["id"]!.GetValue<string>();
        var branch = await owner.Post($"plans/{plan}/branch", new JsonObject { ["branch_name"] = "b" });
        var mergeRequest = await owner.Post($"plans/{branch.Json["id"]}/merge-requests", new JsonObject { ["title"] = "m" });
        var webhook = await owner.Post("org/webhooks", new JsonObject { ["url"] = "https://example.com/hook" });
        var mapping = await owner.Post($"plans/{plan}/app-versions", new JsonObject { ["app_version_from"] = "1.0", ["contract_version"] = 1 });
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["plans"] = plan.ToString(),
            ["events"] = eventId.ToString(),
            ["properties"] = property,
            ["global"] = global.Json["id"]!.GetValue<string>(),
            ["versions"] = version.Json["id"]!.GetValue<string>(),
            ["keys"] = key.Json["id"]!.GetValue<string>(),
            ["invitations"] = invitation.Json["id"]!.GetValue<string>(),
            ["tokens"] = token.Json["id"]!.GetValue<string>(),
            ["members"] = owner.UserId.ToString(),
            ["target"] = "json-schema",
            ["merge-requests"] = mergeRequest.Json["id"]!.GetValue<string>(),
            ["webhooks"] = webhook.Json["id"]!.GetValue<string>(),
            ["groups"] = new string('0', 64),
            ["entries"] = Guid.NewGuid().ToString(),
            ["app-versions"] = mapping.Json["id"]!.GetValue<string>(),
        };
        return (ids, owner, plan);
    }
}
