using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Hosting;

/// <summary><c>/health/live</c> and <c>/health/ready</c> (503 until a contract is loaded and the store is open).</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new HealthStatus("ok", null, null)));
        app.MapGet("/health/ready", Ready);
        return app;
    }

    private static IResult Ready(ContractHolder contracts, GuardStore store, GuardOptions options)
    {
        var reasons = new List<string>();
        if (contracts.Current is null)
        {
            reasons.Add("contract_not_loaded");
        }

        if (!store.IsOpen)
        {
            reasons.Add("store_not_open");
        }

        if (!options.Ready)
        {
            reasons.Add("ready_false_in_config");
        }

        return reasons.Count == 0
            ? TypedResults.Ok(new HealthStatus("ready", contracts.Current!.Version, null))
            : TypedResults.Json(new HealthStatus("not_ready", contracts.Current?.Version, reasons), HostingJsonContext.Default.HealthStatus, statusCode: 503);
    }
}
