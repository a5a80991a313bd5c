using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Tracing;

/// <summary>Reads and checks the <c>tracing.*</c> keys; errors are reported with the other config errors.</summary>
internal static class TracingConfig
{
    public const string HttpProtobuf = "http/protobuf";
    public const string Grpc = "grpc";

    public static readonly string[] Keys = ["otlp_endpoint", "protocol", "sample_ratio", "service_name", "export_interval"];

    private static readonly string[] s_protocols = [HttpProtobuf, Grpc];

    public static TracingOptions Bind(Binder b) => new()
    {
        OtlpEndpoint = b.String("tracing.otlp_endpoint", "").Trim(),
        Protocol = b.Choice("tracing.protocol", HttpProtobuf, s_protocols) == Grpc ? TracingProtocol.Grpc : TracingProtocol.HttpProtobuf,
        SampleRatio = b.Double("tracing.sample_ratio", 1.0),
        ServiceName = b.String("tracing.service_name", TracingOptions.DefaultServiceName),
        ExportInterval = b.Duration("tracing.export_interval", TimeSpan.FromSeconds(5)),
    };

    // Checked while tracing is off too: the endpoint is often set only where a collector runs (an environment variable),
    // and `check-config` elsewhere should still catch a bad ratio before it reaches that machine.
    public static void Check(GuardOptions o, Action<bool, string, string, string> require)
    {
        var t = o.Tracing;
        require(t.OtlpEndpoint.Length == 0 || (Uri.TryCreate(t.OtlpEndpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.Query.Length == 0 && uri.Fragment.Length == 0), "tracing.otlp_endpoint", $"'{t.OtlpEndpoint}' is not an http(s) URL.",
            "Write the collector's OTLP address, such as http://127.0.0.1:4318 (http/protobuf) or http://127.0.0.1:4317 (grpc); remove the key to turn tracing off.");
        require(t.SampleRatio is >= 0 and <= 1, "tracing.sample_ratio", $"{t.SampleRatio.ToString(System.Globalization.CultureInfo.InvariantCulture)} is out of range.",
            "Use a number from 0 to 1: 1 records every trace (the default), 0.01 one in a hundred.");
        require(t.ServiceName.Trim().Length > 0, "tracing.service_name", "The service name is empty.",
            "Write a name such as trackboard-guard (the default), or remove the key.");
        require(t.ExportInterval > TimeSpan.Zero && t.ExportInterval <= TimeSpan.FromHours(1), "tracing.export_interval", "The interval must be between 1ms and 1h.",
            "Write a duration such as 5s (the default).");
    }
}
