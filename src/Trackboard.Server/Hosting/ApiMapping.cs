using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Trackboard.Server.AppVersions;
using Trackboard.Server.Audit;
using Trackboard.Server.Auth;
using Trackboard.Server.Branches;
using Trackboard.Server.Live;
using Trackboard.Server.Plans;
using Trackboard.Server.Validation;
using Trackboard.Server.Versions;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.Hosting;

internal static class ApiMapping
{
    public static WebApplication MapTrackboard(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/docs", o => o.WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });

        var api = app.MapGroup("/api/v1");
        api.MapAuth();
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
        api.MapWebhooks();
        api.MapAppVersions();
        api.MapLive();
        return app;
    }
}
