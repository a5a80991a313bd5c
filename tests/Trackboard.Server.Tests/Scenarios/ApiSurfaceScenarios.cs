using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Trackboard.Server.Dlq;
using Trackboard.Server.Hosting;
using Trackboard.Server.Mcp;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary>The documented API surface matches the mapped one: every endpoint and its role in docs/api.md, every error code, 401 challenges, OpenAPI.</summary>
public static partial class ApiSurfaceScenarios
{
    private static readonly string[] s_roleOrder = ["anonymous", "authenticated", "viewer", "editor", "admin", "owner"];

    public static Task EveryEndpoint_ListedInApiDocs_WithItsRole(ServerFixture f)
    {
        var documented = DocumentedEndpoints();
        var problems = new List<string>();

        foreach (var (method, path, role) in MappedEndpoints(f))
        {
            if (!documented.TryGetValue($"{method} {path}", out var docRole))
            {
                problems.Add($"{method} {path} is not in docs/api.md");
            }
            else if (docRole != role)
            {
                problems.Add($"{method} {path} needs {role}, docs/api.md says {docRole}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(documented.Count >= 80, $"only {documented.Count} endpoints parsed from docs/api.md");
        return Task.CompletedTask;
    }

    public static Task EveryErrorCode_ListedInApiDocs(ServerFixture f)
    {
        var text = File.ReadAllText(ApiDocsPath());
        var codes = new[] { typeof(ErrorCodes), typeof(DlqErrorCodes) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(c => c.IsLiteral).Select(c => (string)c.GetRawConstantValue()!))
            .Append(McpEndpoints.ReadTokenRequired);

        var missing = codes.Where(c => !text.Contains($"| `{c}` |", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "not in docs/api.md's error tables: " + string.Join(", ", missing));
        return Task.CompletedTask;
    }

    public static async Task Unauthorized_Answers_SayHowToAuthenticate(ServerFixture f)
    {
        var anonymous = f.Client();
        var garbage = f.Client();
        garbage.Token = "tba_not-a-token";

        var noToken = await anonymous.Get("auth/me");
        var badToken = await garbage.Get("plans");
        var badLogin = await anonymous.Post("auth/login", new System.Text.Json.Nodes.JsonObject { ["email"] = "nobody@example.test", ["password"] = "wrong password!" });
        var noKey = await anonymous.Post("validate", new System.Text.Json.Nodes.JsonObject { ["event"] = "x" });
        var mcp = await anonymous.Send(HttpMethod.Post, "/mcp", new System.Text.Json.Nodes.JsonObject(), null);
        var mcpBadToken = await garbage.Send(HttpMethod.Post, "/mcp", new System.Text.Json.Nodes.JsonObject(), null);

        Assert.Equal((401, "Bearer realm=\"trackboard\""), (noToken.Code, noToken.Headers.WwwAuthenticate.ToString()));
        Assert.Equal((401, "Bearer realm=\"trackboard\", error=\"invalid_token\""), (badToken.Code, badToken.Headers.WwwAuthenticate.ToString()));
        Assert.Equal((401, "Bearer realm=\"trackboard\""), (badLogin.Code, badLogin.Headers.WwwAuthenticate.ToString()));
        Assert.Equal((401, "ApiKey realm=\"trackboard\", header=\"X-API-Key\""), (noKey.Code, noKey.Headers.WwwAuthenticate.ToString()));
        Assert.Equal((401, "Bearer realm=\"trackboard\""), (mcp.Code, mcp.Headers.WwwAuthenticate.ToString()));
        Assert.Equal((401, "Bearer realm=\"trackboard\", error=\"invalid_token\""), (mcpBadToken.Code, mcpBadToken.Headers.WwwAuthenticate.ToString()));
        Assert.Equal("unauthorized", mcp.ProblemCode);
    }

    public static async Task OpenApi_DescribesTheRestApi_ButNotMcp(ServerFixture f)
    {
        var document = await f.Client().Get("/openapi/v1.json");
        var paths = document.Json["paths"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Contains("/api/v1/validate", paths);
        Assert.Contains("/api/v1/plans/{id}/dlq/groups/{fingerprint}", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/mcp", StringComparison.Ordinal));
    }

    public static async Task PlanRead_ClientAcceptsGzip_SameJsonCompressed(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        await PlanSteps.AddSignupAsync(owner, plan, revision);

        var plain = await owner.Get($"plans/{plan}");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/plans/{plan}");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", owner.Token);
        request.Headers.AcceptEncoding.ParseAdd("gzip, br");
        using var compressed = await owner.Http.SendAsync(request);
        await using var gzip = new System.IO.Compression.GZipStream(await compressed.Content.ReadAsStreamAsync(), System.IO.Compression.CompressionMode.Decompress);
        using var text = new StreamReader(gzip);

        Assert.Equal(200, plain.Code);
        Assert.Null(plain.ContentHeaders!.ContentEncoding.FirstOrDefault());
        Assert.Equal("gzip", compressed.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Equal(plain.Text, await text.ReadToEndAsync());
    }

    public static async Task PlanRead_Cached_FollowsEveryChangeOfItsSources(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (plan, revision) = await PlanSteps.CreateAsync(owner);
        var first = await owner.Get($"plans/{plan}");
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, plan, revision);
        var afterEvent = await owner.Get($"plans/{plan}");
        var r2 = (await owner.Patch($"plans/{plan}", new JsonObject { ["draft_revision"] = r1, ["name"] = "Renamed", ["description"] = "New words" })).Json["draft_revision"]!.GetValue<long>();
        var afterRename = await owner.Get($"plans/{plan}");
        var published = await PlanSteps.PublishAsync(owner, plan, r2);
        var afterPublish = await owner.Get($"plans/{plan}");
        await owner.Post($"plans/{plan}/archive");
        var afterArchive = await owner.Get($"plans/{plan}");
        var again = await owner.Get($"plans/{plan}");

        Assert.Empty(first.Json["events"]!.AsArray());
        Assert.Equal(["signup_completed"], afterEvent.Json["events"]!.AsArray().Select(e => e!["event_name"]!.GetValue<string>()));
        Assert.Equal(r1, afterEvent.Json["draft_revision"]!.GetValue<long>());
        Assert.Equal(("Renamed", "New words"), (afterRename.Json["name"]!.GetValue<string>(), afterRename.Json["description"]!.GetValue<string>()));
        Assert.True(published.Code == 201, published.ToString());
        Assert.Equal((0L, 1L), (afterRename.Json["current_version"]!.GetValue<long>(), afterPublish.Json["current_version"]!.GetValue<long>()));
        Assert.Equal(("active", "archived"), (afterPublish.Json["status"]!.GetValue<string>(), afterArchive.Json["status"]!.GetValue<string>()));
        Assert.Equal(afterArchive.Text, again.Text);
    }

    private static List<(string Method, string Path, string Role)> MappedEndpoints(ServerFixture f) =>
        [.. f.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, Normalize(e.RoutePattern.RawText!["/api/v1".Length..]), Role(e))))];

    private static string Role(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return "anonymous";
        }
        var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy ?? "authenticated").ToList();
        return policies.Count == 0 ? "anonymous" : policies.MaxBy(p => Array.IndexOf(s_roleOrder, p))!;
    }

    /// <summary><c>{id:guid}</c> → <c>{id}</c>, <c>{user_id:guid}</c> → <c>{user_id}</c>, a trailing slash dropped.</summary>
    private static string Normalize(string path)
    {
        var trimmed = RouteConstraint().Replace(path, "}");
        return trimmed.Length > 1 ? trimmed.TrimEnd('/') : trimmed;
    }

    /// <summary>Rows of the endpoint tables: <c>| `GET\|POST /path` | viewer / editor | …</c>, one role per method when several are given.</summary>
    private static Dictionary<string, string> DocumentedEndpoints()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(ApiDocsPath()).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split(" | ");
            foreach (Match span in CodeSpan().Matches(cells[0]))
            {
                var parts = span.Groups[1].Value.Split(' ', 2);
                if (parts.Length != 2 || !parts[0].All(c => char.IsUpper(c) || c is '\\' or '|'))
                {
                    continue;
                }
                var methods = parts[0].Split("\\|");
                var roles = cells[1].Split(" / ");
                for (var i = 0; i < methods.Length; i++)
                {
                    result[$"{methods[i]} {Normalize(parts[1])}"] = DocRole(roles[Math.Min(i, roles.Length - 1)]);
                }
            }
        }
        return result;
    }

    private static string DocRole(string text) => text.Trim() switch
    {
        var t when t.StartsWith("anyone", StringComparison.Ordinal) || t.StartsWith("`X-API-Key`", StringComparison.Ordinal) => "anonymous",
        var t when t.StartsWith("signed in", StringComparison.Ordinal) => "authenticated",
        var t => t.Split(' ', ',')[0],
    };

    private static string ApiDocsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Trackboard.slnx")))
            {
                return Path.Combine(dir.FullName, "docs", "api.md");
            }
        }
        throw new InvalidOperationException("Trackboard.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(":[a-z]+}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
