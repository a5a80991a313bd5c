using OpenTelemetry.Exporter;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Trackboard.Guard.Tracing;

internal static class TracingServices
{
    /// <summary>
    /// Registers the OpenTelemetry SDK: Guard's spans, the ingest routes' server spans and outgoing HTTP calls, exported over OTLP.
    /// The SDK still reads the standard OTEL_* variables it knows (OTEL_EXPORTER_OTLP_HEADERS, OTEL_RESOURCE_ATTRIBUTES, ...);
    /// the <c>tracing.*</c> keys win where both say something.
    /// </summary>
    public static IServiceCollection AddGuardTracing(this IServiceCollection services, TracingOptions tracing)
    {
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(tracing.ServiceName, serviceVersion: GuardTracing.Source.Version))
            .WithTracing(builder => builder
                .SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(tracing.SampleRatio)))
                .AddSource(GuardTracing.SourceName)
                // Ingest calls only: health probes and /metrics scrapes would make up most traces and tell nothing.
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => context.Request.Path.StartsWithSegments("/v1"))
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(otlp =>
                {
                    otlp.Endpoint = tracing.ExportUrl();
                    otlp.Protocol = tracing.Protocol == TracingProtocol.Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                    otlp.BatchExportProcessorOptions.ScheduledDelayMilliseconds = (int)tracing.ExportInterval.TotalMilliseconds;
                }));
        return services;
    }
}
