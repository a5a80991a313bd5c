using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Trackboard.Mcp;
using Trackboard.Server.Auth;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Mcp;

/// <summary>
/// The Server's own MCP endpoint: streamable HTTP at <c>/mcp</c>, read-only, for a personal access token with read
/// scope sent as a bearer token. The tools serve the published versions of one plan of the token's organization,
/// chosen by <c>/mcp?plan=ID</c> (or the organization's only plan). Stateless: every request authenticates again,
/// so a revoked token or a removed member stops at once.
/// </summary>
internal static class McpEndpoints
{
    public const string Path = "/mcp";
    public const string PlanParameter = "plan";

    /// <summary>The code of the 403 for a token that is not a read-scope personal access token.</summary>
    public const string ReadTokenRequired = "read_token_required";

    /// <summary>Bodies above this are refused; it bounds <c>diff_contracts</c>' proposed contract, the largest argument.</summary>
    private const long MaxRequestBytes = 10 * 1024 * 1024;

    public static IServiceCollection AddTrackboardMcp(this IServiceCollection services)
    {
        services.AddMcpServer().WithHttpTransport(o =>
        {
            o.Stateless = true;
            o.ConfigureSessionOptions = (http, options, _) =>
            {
                var caller = Caller.From(http.User);
                var plan = http.Request.Query[PlanParameter] is [{ } id] ? id : null;
                TrackboardMcpServer.Configure(options, new PlanContractSource(http.RequestServices.GetRequiredService<IServiceScopeFactory>(), caller.OrgId, plan));
                return Task.CompletedTask;
            };
        });
        return services;
    }

    public static WebApplication MapTrackboardMcp(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch.Use(CheckCallerAsync));
        app.MapMcp(Path)
            .RequireAuthorization(new AuthorizationPolicyBuilder(BearerAuthenticationHandler.SchemeName).RequireAuthenticatedUser().Build())
            .WithTags("MCP")
            // JSON-RPC over streamable HTTP, described by docs/mcp.md and by the server's own tools/list; an OpenAPI
            // operation for it would say nothing true about its messages, so it is left out of /openapi/v1.json.
            .ExcludeFromDescription();
        return app;
    }

    // Runs after authorization: the caller has a valid bearer token. Only a read-scope personal access token of a
    // current member passes, so an assistant's configuration never holds a credential that could write.
    private static async Task CheckCallerAsync(HttpContext http, RequestDelegate next)
    {
        if (http.User.Identity?.IsAuthenticated == true)
        {
            if (http.User.FindFirst(Caller.ScopeClaim)?.Value != Scopes.Read || http.User.FindFirst(Caller.SessionClaim) is not null)
            {
                await Problems.Create(StatusCodes.Status403Forbidden, ReadTokenRequired,
                    "/mcp takes a personal access token with read scope: create one under Settings → Tokens (scope read) and send it as Authorization: Bearer.")
                    .ExecuteAsync(http);
                return;
            }

            if (http.User.FindFirst(Caller.RoleClaim) is null)
            {
                await Problems.Forbidden("The token's user is no longer a member of its organization.").ExecuteAsync(http);
                return;
            }
        }

        if (http.Request.ContentLength > MaxRequestBytes)
        {
            await Problems.Create(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"MCP requests are limited to {MaxRequestBytes} bytes.").ExecuteAsync(http);
            return;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxRequestBytes;
        }

        await next(http);
    }
}
