using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.Hosting;

/// <summary><c>/metrics</c> in the Prometheus text format.</summary>
internal static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (GuardMetrics metrics) => TypedResults.Text(metrics.Render(), "text/plain; version=0.0.4; charset=utf-8"));
        return app;
    }
}
