using Microsoft.Extensions.Options;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Guard.Cli;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Tests.Support;
using Trackboard.Guard.Tracing;

namespace Trackboard.Guard.Tests.Config;

public sealed class TracingConfigTests
{
    private static readonly Dictionary<string, string> s_noEnv = [];

    [Fact]
    public void Read_NoTracingBlock_OffWithDefaults()
    {
        var result = GuardConfigReader.Read(ConfigTests.WriteYaml("contract_file: c.json\n"), s_noEnv);

        Assert.Empty(result.Errors);
        Assert.Equal(new TracingOptions(), result.Options!.Tracing);
        Assert.False(result.Options.Tracing.Enabled);
        Assert.Equal((TracingProtocol.HttpProtobuf, 1.0, "trackboard-guard", TimeSpan.FromSeconds(5)),
            (result.Options.Tracing.Protocol, result.Options.Tracing.SampleRatio, result.Options.Tracing.ServiceName, result.Options.Tracing.ExportInterval));
    }

    [Fact]
    public void Read_TracingBlock_BindsEveryKeyAndTheEnvironmentWins()
    {
        var path = ConfigTests.WriteYaml("""
            contract_file: c.json
            tracing:
              otlp_endpoint: http://otel-collector:4317
              protocol: grpc
              sample_ratio: 0.25
              service_name: guard-eu-1
              export_interval: 2s
            """);

        var o = GuardConfigReader.Read(path, new Dictionary<string, string> { ["TRACKBOARD_GUARD__TRACING__SAMPLE_RATIO"] = "0.05" }).Options!.Tracing;

        Assert.True(o.Enabled);
        Assert.Equal(("http://otel-collector:4317", TracingProtocol.Grpc, 0.05, "guard-eu-1", TimeSpan.FromSeconds(2)),
            (o.OtlpEndpoint, o.Protocol, o.SampleRatio, o.ServiceName, o.ExportInterval));
    }

    [Theory]
    [InlineData("sample_ratio: 2", "tracing.sample_ratio", "from 0 to 1")]
    [InlineData("sample_ratio: -0.1", "tracing.sample_ratio", "from 0 to 1")]
    [InlineData("sample_ratio: half", "tracing.sample_ratio", "decimal number")]
    [InlineData("otlp_endpoint: not-a-url", "tracing.otlp_endpoint", "http://127.0.0.1:4318")]
    [InlineData("otlp_endpoint: ftp://collector:4318", "tracing.otlp_endpoint", "http://127.0.0.1:4318")]
    [InlineData("protocol: http/json", "tracing.protocol", "Use one of: http/protobuf, grpc.")]
    [InlineData("protocol: udp", "tracing.protocol", "Use one of: http/protobuf, grpc.")]
    [InlineData("service_name: \" \"", "tracing.service_name", "trackboard-guard")]
    [InlineData("export_interval: 0", "tracing.export_interval", "5s")]
    [InlineData("sample_rate: 0.5", "tracing.sample_rate", "Did you mean 'sample_ratio'?")]
    public void Read_BadTracingValue_ErrorWithItsPathAndFix(string line, string path, string fix)
    {
        var result = GuardConfigReader.Read(ConfigTests.WriteYaml($"contract_file: c.json\ntracing:\n  {line}\n"), s_noEnv);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(fix, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralBadTracingValues_ReportsEveryOne()
    {
        var path = ConfigTests.WriteYaml("""
            contract_file: c.json
            tracing:
              otlp_endpoint: not-a-url
              protocol: zipkin
              sample_ratio: 2
            """);

        var result = GuardConfigReader.Read(path, s_noEnv);

        Assert.Equal(["tracing.otlp_endpoint", "tracing.protocol", "tracing.sample_ratio"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Contains("zipkin", result.Errors.Single(e => e.Path == "tracing.protocol").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_BadTracingValue_PrintsThePathAndTheFixAndExits64()
    {
        var path = ConfigTests.WriteYaml($"contract_file: \"{TestPaths.SeedExamples("contracts", "web-analytics.v1.json")}\"\ntracing:\n  sample_ratio: 2\n");

        var (exit, _, stderr) = await GuardProcess.RunAsync("check-config", "--config", path);

        Assert.Equal(ExitCodes.ConfigInvalid, exit);
        Assert.Contains("tracing.sample_ratio: 2 is out of range. Fix: Use a number from 0 to 1", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckConfig_TracingOn_SaysWhereSpansGo()
    {
        var path = ConfigTests.WriteYaml($"""
            contract_file: "{TestPaths.SeedExamples("contracts", "web-analytics.v1.json")}"
            tracing:
              otlp_endpoint: http://127.0.0.1:4318
              sample_ratio: 0.5
            """);

        var (exit, stdout, _) = await GuardProcess.RunAsync("check-config", "--config", path);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("traces to http://127.0.0.1:4318/v1/traces over http/protobuf, sample ratio 0.5", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OptionsWithBadTracingInCode_RefusedAtStart()
    {
        var options = new GuardOptions { ContractFile = "c.json", Tracing = new TracingOptions { OtlpEndpoint = "collector:4318", SampleRatio = 1.5 } };

        var error = Assert.Throws<OptionsValidationException>(() => GuardApp.Build(options));

        Assert.Contains(error.Failures, f => f.StartsWith("tracing.otlp_endpoint:", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("tracing.sample_ratio:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://collector:4318", false, "http://collector:4318/v1/traces")]
    [InlineData("http://collector:4318/", false, "http://collector:4318/v1/traces")]
    [InlineData("https://gateway.example/otlp", false, "https://gateway.example/otlp/v1/traces")]
    [InlineData("http://collector:4318/v1/traces", false, "http://collector:4318/v1/traces")]
    [InlineData("http://collector:4317", true, "http://collector:4317/")]
    public void ExportUrl_Endpoint_SignalPathAppendedForHttpOnly(string endpoint, bool grpc, string expected)
    {
        var tracing = new TracingOptions { OtlpEndpoint = endpoint, Protocol = grpc ? TracingProtocol.Grpc : TracingProtocol.HttpProtobuf };

        Assert.Equal(expected, tracing.ExportUrl().ToString());
    }

    [Fact]
    public void Read_ExampleLocalConfigWithTracingUncommented_ValidAndOn()
    {
        var lines = File.ReadAllLines(TestPaths.Examples("guard", "guard.local.yaml"));
        var start = Array.IndexOf(lines, "# tracing:");
        Assert.True(start > 0, "the example has a commented-out tracing block");
        var end = start + 1;
        while (end < lines.Length && lines[end].StartsWith("#   ", StringComparison.Ordinal))
        {
            end++;
        }

        var uncommented = lines.Select((line, i) => i >= start && i < end ? line[2..] : line);

        var result = GuardConfigReader.Read(ConfigTests.WriteYaml(string.Join('\n', uncommented)), s_noEnv);

        Assert.Empty(result.Errors);
        Assert.Equal("http://127.0.0.1:4318/v1/traces", result.Options!.Tracing.ExportUrl().ToString());
    }
}
