using Trackboard.Contracts.Tests.Support;
using Trackboard.Guard.Cli;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Tests.Config;

public sealed class ConfigTests
{
    private static readonly Dictionary<string, string> s_noEnv = [];

    [Theory]
    [InlineData("guard.local.yaml")]
    [InlineData("guard.demo.yaml")]
    [InlineData("guard.compose.yaml")]
    public void Read_OriginalGuardConfig_SameMeaning(string file)
    {
        var result = GuardConfigReader.Read(TestPaths.SeedExamples("guard", file), s_noEnv);

        Assert.Empty(result.Errors);
        var o = result.Options!;
        Assert.Equal("http://0.0.0.0:8080", o.HttpUrl);
        Assert.EndsWith("web-analytics.v1.json", o.ContractFile, StringComparison.Ordinal);
        Assert.EndsWith(".db", o.StoreFile, StringComparison.Ordinal);
        Assert.EndsWith(":9000/track", o.Destination.Url, StringComparison.Ordinal);
        Assert.Equal(1, o.WorkerCount);
        Assert.True(o.Ready);
        Assert.Equal(PolicyMode.Block, o.Policy.Mode);
    }

    [Fact]
    public void Read_ExampleLocalConfig_Valid()
    {
        var result = GuardConfigReader.Read(TestPaths.Examples("guard", "guard.local.yaml"), s_noEnv);

        Assert.Empty(result.Errors);
        Assert.Equal("http://127.0.0.1:8080", result.Options!.HttpUrl);
    }

    [Fact]
    public void Read_ExampleDestinationsConfig_ThreeDestinationsWithTheirPii()
    {
        var result = GuardConfigReader.Read(TestPaths.Examples("guard", "guard.destinations.yaml"), s_noEnv);

        Assert.Empty(result.Errors);
        var destinations = result.Options!.AllDestinations().Select(d => (d.Name, d.Kind, d.Pii ?? result.Options.Pii.Mode)).ToList();
        Assert.Equal([("default", DestinationKind.Http, PiiMode.Hash), ("stream", DestinationKind.Nats, PiiMode.Drop), ("warehouse", DestinationKind.Http, PiiMode.Keep)], destinations);
    }

    [Fact]
    public void Read_SeveralBadKeys_ReportsEveryOneWithPathAndFix()
    {
        var path = WriteYaml("""
            contract_file: c.json
            polcy:
              mode: warn
            worker_count: many
            mode: blok
            retry:
              max_delay: soon
            limits:
              max_depth: 200
            """);

        var result = GuardConfigReader.Read(path, s_noEnv);

        Assert.False(result.Success);
        Assert.Equal(["limits.max_depth", "mode", "polcy.mode", "retry.max_delay", "worker_count"], result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Fix)));
        Assert.Contains("Did you mean 'policy'?", result.Errors.Single(e => e.Path == "polcy.mode").Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EnvironmentOverrides_WinOverTheFile()
    {
        var path = WriteYaml("contract_file: c.json\nmode: block\n");
        var env = new Dictionary<string, string>
        {
            ["TRACKBOARD_GUARD__MODE"] = "warn",
            ["TRACKBOARD_GUARD__WRITE_KEYS__WkMixedCase"] = "ios",
            ["TRACKBOARD_GUARD__RETRY__MAX_ATTEMPTS"] = "7",
            ["TRACKBOARD_GUARD__DURABILITY"] = "power",
        };

        var o = GuardConfigReader.Read(path, env).Options!;

        Assert.Equal(PolicyMode.Warn, o.Policy.Mode);
        Assert.Equal("ios", o.WriteKeys["WkMixedCase"]);
        Assert.Equal(7, o.Retry.MaxAttempts);
        Assert.Equal(Durability.Power, o.Durability);
    }

    [Fact]
    public void Read_FullNewConfig_BindsEverySection()
    {
        var path = WriteYaml("""
            http_addr: "127.0.0.1:9999"
            contract_file: c.json
            destination:
              url: https://api.example/v1/batch
              write_key: dest
              batch_size: 250
              timeout: 3s
            write_keys:
              wk1: web
            policy:
              unplanned_events: forward
              unplanned_properties: strip
            sources:
              web:
                mode: observe
            retry:
              initial_delay: 250ms
              max_age: 1h30m
            """);

        var o = GuardConfigReader.Read(path, s_noEnv).Options!;

        Assert.Equal("http://127.0.0.1:9999", o.HttpUrl);
        Assert.Equal(("https://api.example/v1/batch", "dest", 250, TimeSpan.FromSeconds(3)), (o.Destination.Url, o.Destination.WriteKey, o.Destination.BatchSize, o.Destination.Timeout));
        Assert.Equal(PolicyMode.Observe, o.PolicyFor("web").Mode);
        Assert.Equal(UnplannedProperties.Strip, o.PolicyFor("web").UnplannedProperties);
        Assert.Equal(UnplannedEvents.Forward, o.PolicyFor("other").UnplannedEvents);
        Assert.Equal(TimeSpan.FromMilliseconds(250), o.Retry.InitialDelay);
        Assert.Equal(TimeSpan.FromMinutes(90), o.Retry.MaxAge);
    }

    [Fact]
    public void CheckConfig_BadFile_ExitsNonZero()
    {
        var path = WriteYaml("worker_count: 0\n");

        var exit = GuardCommandLine.Build().Parse(["check-config", "--config", path]).Invoke();

        Assert.Equal(ExitCodes.ConfigInvalid, exit);
    }

    [Fact]
    public void CheckConfig_GoodFileAndContract_ExitsZero()
    {
        var path = WriteYaml($"contract_file: \"{TestPaths.SeedExamples("contracts", "web-analytics.v1.json")}\"\nmode: warn\n");

        var exit = GuardCommandLine.Build().Parse(["check-config", "--config", path]).Invoke();

        Assert.Equal(ExitCodes.Success, exit);
    }

    internal static string WriteYaml(string yaml)
    {
        var path = Path.Combine(Path.GetTempPath(), "guard-config-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
