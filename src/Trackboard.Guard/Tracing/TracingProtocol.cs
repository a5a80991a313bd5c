namespace Trackboard.Guard.Tracing;

/// <summary>How spans travel to the collector (the OTLP protocol names of <c>tracing.protocol</c>).</summary>
internal enum TracingProtocol
{
    /// <summary><c>http/protobuf</c>: POST <c>/v1/traces</c>, usually port 4318.</summary>
    HttpProtobuf,

    /// <summary><c>grpc</c>: the OTLP gRPC service, usually port 4317.</summary>
    Grpc,
}
