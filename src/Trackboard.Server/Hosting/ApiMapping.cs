using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Trackboard.Server.AiTriage;
using Trackboard.Server.AppVersions;
using Trackboard.Server.Audit;
using Trackboard.Server.Auth;
using Trackboard.Server.Branches;
using Trackboard.Server.Dlq;
using Trackboard.Server.GuardLink;
using Trackboard.Server.Import;
using Trackboard.Server.Live;
using Trackboard.Server.Mcp;
using Trackboard.Server.Plans;
using Trackboard.Server.Validation;
using Trackboard.Server.Versions;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Hosting;

internal static class ApiMapping
{
    public static WebApplication MapTrackboard(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseAuthenticateHeader();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCookieAntiforgery();
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        var api = app.MapGroup("/api/v1");
        api.MapAuth();
        api.MapAntiforgeryToken();
        api.MapPersonalTokens();
        api.MapMembers();
        api.MapInvitations();
        api.MapPlans();
        api.MapEvents();
        api.MapProperties();
        api.MapGlobalProperties();
        api.MapVersions();
        api.MapContracts();
        api.MapApiKeys();
        api.MapValidate();
        api.MapValidationStats();
        api.MapAudit();
        api.MapBranches();
        api.MapMergeRequests();
        api.MapApprovals();
        api.MapComments();
        api.MapImport();
        api.MapWebhooks();
        app.MapTrackboardMcp();
        api.MapDlq();
        api.MapAppVersions();
        api.MapLive();
        api.MapGuardLink();
        api.MapAiTriage();
        return app;
    }

    /// <summary>
    /// Believes <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> only from the configured proxies, hop by hop from the
    /// nearest, so a client cannot choose its own address for the auth rate limits.
    /// </summary>
    private static void UseTrustedProxies(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (options.KnownProxies.Length == 0 && options.KnownNetworks.Length == 0)
        {
            return;
        }
        var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, ForwardLimit = null };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in options.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }
        foreach (var network in options.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
        app.UseForwardedHeaders(forwarded);
    }
}
