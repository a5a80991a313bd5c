using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Tests.Config;

public sealed class DestinationConfigTests
{
    private static readonly Dictionary<string, string> s_noEnv = [];

    [Fact]
    public void Read_LegacyDestinationAndNamedOnes_AllDestinationsInOrder()
    {
        var path = ConfigTests.WriteYaml("""
            contract_file: c.json
            destination: "http://127.0.0.1:9000/v1/batch"
            pii:
              mode: hash
              salt: s3cret
            destinations:
              warehouse:
                url: "https://sink.example/v1/batch"
                write_key: wk
                batch_size: 50
                pii: keep
              stream:
                type: nats
                url: "nats://127.0.0.1:4222"
                subject: events.tracked
                stream: EVENTS
                pii: drop
            """);

        var result = GuardConfigReader.Read(path, s_noEnv);

        Assert.Empty(result.Errors);
        var all = result.Options!.AllDestinations();
        Assert.Equal(["default", "stream", "warehouse"], all.Select(d => d.Name));
        Assert.Equal([DestinationKind.Http, DestinationKind.Nats, DestinationKind.Http], all.Select(d => d.Kind));
        Assert.Equal([null, PiiMode.Drop, PiiMode.Keep], all.Select(d => d.Pii));
        Assert.Equal(PiiMode.Hash, result.Options.Pii.Mode);
        Assert.Equal(50, all[2].BatchSize);
        Assert.Equal(("events.tracked", "EVENTS"), (all[1].Subject, all[1].Stream));
    }

    [Fact]
    public void Read_EnvironmentOverridesNamedDestination()
    {
        var path = ConfigTests.WriteYaml("""
            contract_file: c.json
            destinations:
              warehouse:
                url: "https://sink.example/v1/batch"
            """);

        var result = GuardConfigReader.Read(path, new Dictionary<string, string> { ["TRACKBOARD_GUARD__DESTINATIONS__WAREHOUSE__URL"] = "http://127.0.0.1:1/v1/batch" });

        Assert.Empty(result.Errors);
        Assert.Equal(["warehouse"], result.Options!.AllDestinations().Select(d => d.Name));
        Assert.Equal("http://127.0.0.1:1/v1/batch", result.Options.Destinations.Single().Url);
    }

    [Fact]
    public void Read_BadDestinationKeys_EveryOneReportedWithItsPath()
    {
        var path = ConfigTests.WriteYaml("""
            contract_file: c.json
            destination: "http://127.0.0.1:9000/v1/batch"
            pii:
              mode: hash
              pepper: x
            destinations:
              default:
                url: "http://127.0.0.1:9001/v1/batch"
              queue:
                type: nats
                url: "http://127.0.0.1:4222"
                subject: "events.*"
                batch_size: 0
                write_key: nope
              log:
                type: kafka
                url: "http://127.0.0.1:1/v1/batch"
              sink:
                url: "ftp://example"
                subjet: x
                stream: EVENTS
            """);

        var result = GuardConfigReader.Read(path, s_noEnv);

        Assert.False(result.Success);
        Assert.Equal(
            [
                "destinations.default", "destinations.log.type", "destinations.queue.batch_size", "destinations.queue.subject", "destinations.queue.url",
                "destinations.queue.write_key", "destinations.sink.stream", "destinations.sink.subjet", "destinations.sink.url", "pii.pepper", "pii.salt",
            ],
            result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Fix)));
        Assert.Contains("Did you mean 'subject'?", result.Errors.Single(e => e.Path == "destinations.sink.subjet").Fix, StringComparison.Ordinal);
    }
}
