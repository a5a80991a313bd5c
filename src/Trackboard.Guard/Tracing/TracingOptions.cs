namespace Trackboard.Guard.Tracing;

/// <summary>
/// OpenTelemetry traces (the <c>tracing</c> section of guard.yaml). Off unless <c>tracing.otlp_endpoint</c> is set:
/// with no listener the spans are never created.
/// </summary>
internal sealed record TracingOptions
{
    public const string DefaultServiceName = "trackboard-guard";

    /// <summary>The collector's OTLP base URL (<c>http://collector:4318</c>); empty: tracing is off.</summary>
    public string OtlpEndpoint { get; init; } = "";

    public TracingProtocol Protocol { get; init; } = TracingProtocol.HttpProtobuf;

    /// <summary>The share of traces Guard starts that are recorded, 0 to 1; a caller's <c>traceparent</c> decides for its own traces.</summary>
    public double SampleRatio { get; init; } = 1.0;

    public string ServiceName { get; init; } = DefaultServiceName;

    /// <summary>How long finished spans wait in memory before a batch is exported (the SDK's schedule delay).</summary>
    public TimeSpan ExportInterval { get; init; } = TimeSpan.FromSeconds(5);

    public bool Enabled => OtlpEndpoint.Length > 0;

    /// <summary>The protocol as written in the config.</summary>
    public string ProtocolName => Protocol == TracingProtocol.Grpc ? TracingConfig.Grpc : TracingConfig.HttpProtobuf;

    /// <summary>
    /// Where the exporter sends: for http/protobuf the endpoint with <c>/v1/traces</c> appended unless it is there already
    /// (as OTEL_EXPORTER_OTLP_ENDPOINT is read); for grpc the endpoint as written.
    /// </summary>
    public Uri ExportUrl()
    {
        if (Protocol == TracingProtocol.Grpc)
        {
            return new Uri(OtlpEndpoint);
        }

        var builder = new UriBuilder(OtlpEndpoint);
        var path = builder.Path.TrimEnd('/');
        builder.Path = path.EndsWith("/v1/traces", StringComparison.Ordinal) ? path : path + "/v1/traces";
        return builder.Uri;
    }
}
