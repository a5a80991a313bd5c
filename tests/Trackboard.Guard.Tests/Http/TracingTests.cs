using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Tests.Support;
using Trackboard.Guard.Tracing;

namespace Trackboard.Guard.Tests.Http;

/// <summary>
/// OpenTelemetry traces against a real OTLP/HTTP collector: the spans of ingest calls and forwards arrive with their attributes,
/// nothing is sent while tracing is off, and no span carries a property value, a user id or a write key.
/// </summary>
public sealed class TracingTests
{
    [Fact]
    public async Task Ingest_TracingOn_CollectorReceivesIngestAndForwardSpans()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var destination = await FakeDestination.StartAsync();
        await using var guard = await StartTracedAsync(collector, destination, "traced-web", "guard-under-test");
        guard.Client.DefaultRequestHeaders.Authorization = Basic("wk-traced");

        Assert.True((await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-trace-1")))).IsSuccessStatusCode);
        var batch = Payloads.Batch(Payloads.Signup("m-trace-2"), Payloads.Signup("m-trace-3", method: "fax"));
        Assert.True((await guard.Client.PostAsync("/v1/batch", Payloads.Json(batch))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => destination.Delivered.Count == 2, "the two valid events forwarded");
        await Eventually.TrueAsync(() => Ours(collector.Spans(), "traced-web") is { Count: > 0 } spans
            && spans.Count(s => s.Name == GuardTracing.Ingest) == 2 && spans.Count(s => s.Name is GuardTracing.Validate or GuardTracing.StoreCommit) == 4
            && spans.Where(s => s.Name == GuardTracing.Forward).Sum(s => (long)s[SpanAttributes.ForwardDelivered]!) == 2
            && spans.Count(s => s.Kind == OtlpSpan.KindServer) == 2, "the spans of both calls and of the forwards exported");

        var spans = Ours(collector.Spans(), "traced-web");
        Assert.All(collector.Exports, e => Assert.Equal("application/x-protobuf", e.ContentType));
        Assert.All(spans, s => Assert.Equal("guard-under-test", s.Service));
        var ingest = spans.Single(s => s.Name == GuardTracing.Ingest && (string?)s[SpanAttributes.CallType] == "batch");
        Assert.Equal(GuardTracing.SourceName, ingest.Scope);
        Assert.Equal("traced-web", ingest[SpanAttributes.Source]);
        Assert.Equal("block", ingest[SpanAttributes.PolicyMode]);
        Assert.Equal((2L, 1L, 1L, 0L), ((long)ingest[SpanAttributes.EventsCount]!, (long)ingest[SpanAttributes.EventsAccepted]!,
            (long)ingest[SpanAttributes.EventsBlocked]!, (long)ingest[SpanAttributes.EventsWarned]!));
        Assert.Contains(spans, s => s.SpanId == ingest.ParentSpanId && s.Kind == OtlpSpan.KindServer);
        var validate = spans.Single(s => s.Name == GuardTracing.Validate && s.ParentSpanId == ingest.SpanId);
        Assert.Equal(2L, validate[SpanAttributes.EventsCount]);
        var commit = spans.Single(s => s.Name == GuardTracing.StoreCommit && s.ParentSpanId == ingest.SpanId);
        Assert.Equal("sqlite", commit[SpanAttributes.DbSystemName]);
        var single = spans.Single(s => s.Name == GuardTracing.Ingest && (string?)s[SpanAttributes.CallType] == "track");
        Assert.Equal(1L, single[SpanAttributes.EventsAccepted]);
        var forward = spans.First(s => s.Name == GuardTracing.Forward);
        Assert.Equal("delivered", forward[SpanAttributes.ForwardOutcome]);
        Assert.Equal(200L, forward[SpanAttributes.HttpResponseStatusCode]);
        Assert.Equal("127.0.0.1", forward[SpanAttributes.ServerAddress]);
        Assert.Equal(forward[SpanAttributes.ForwardDelivered], forward[SpanAttributes.MessagingBatchMessageCount]);
    }

    [Fact]
    public async Task Ingest_GrpcProtocol_CollectorReceivesSpansOverHttp2()
    {
        await using var collector = await FakeCollector.StartAsync(grpc: true);
        await using var destination = await FakeDestination.StartAsync();
        await using var guard = await GuardServer.StartAsync(null, o => o with
        {
            WriteKeys = new Dictionary<string, string> { ["wk-traced"] = "grpc-web" },
            Destinations = [new DestinationOptions { Name = "grpc-web-dest", Url = destination.Url, Timeout = TimeSpan.FromSeconds(5) }],
            Tracing = new TracingOptions { OtlpEndpoint = collector.Url, Protocol = TracingProtocol.Grpc, ExportInterval = TimeSpan.FromMilliseconds(100) },
        });
        guard.Client.DefaultRequestHeaders.Authorization = Basic("wk-traced");

        Assert.True((await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-grpc")))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => Ours(collector.Spans(), "grpc-web") is var spans && spans.Any(s => s.Name == GuardTracing.Ingest)
            && spans.Any(s => s.Name == GuardTracing.Forward), "the ingest and forward spans exported over gRPC");

        Assert.All(collector.Exports, e => Assert.Equal("application/grpc", e.ContentType));
    }

    [Fact]
    public async Task Refusals_TracingOn_IngestAndForwardSpansCarryTheErrorType()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var destination = await FakeDestination.StartAsync();
        destination.Reply = _ => (400, null);
        await using var guard = await StartTracedAsync(collector, destination, "refused-web", "guard-refused");
        guard.Client.DefaultRequestHeaders.Authorization = Basic("wk-traced");

        Assert.True((await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-trace-400")))).IsSuccessStatusCode);
        var large = Payloads.Signup("m-trace-413", extra: ",\"padding\":\"" + new string('x', 40_000) + "\"");
        Assert.Equal(413, (int)(await guard.Client.PostAsync("/v1/track", Payloads.Json(large))).StatusCode);
        await Eventually.TrueAsync(() => Ours(collector.Spans(), "refused-web") is var spans && spans.Any(s => s.Name == GuardTracing.Forward)
            && spans.Count(s => s.Name == GuardTracing.Ingest) == 2, "the forward span and both ingest spans exported");

        var tooLarge = Ours(collector.Spans(), "refused-web").Single(s => s.Name == GuardTracing.Ingest && s[SpanAttributes.ErrorType] is not null);
        Assert.Equal("event_too_large", tooLarge[SpanAttributes.ErrorType]);
        Assert.Equal(0, tooLarge.StatusCode);
        var forward = Ours(collector.Spans(), "refused-web").Single(s => s.Name == GuardTracing.Forward);
        Assert.Equal("rejected", forward[SpanAttributes.ForwardOutcome]);
        Assert.Equal("400", forward[SpanAttributes.ErrorType]);
        Assert.Equal(400L, forward[SpanAttributes.HttpResponseStatusCode]);
        Assert.Equal(0L, forward[SpanAttributes.ForwardDelivered]);
        Assert.Equal(OtlpSpan.StatusError, forward.StatusCode);
    }

    [Fact]
    public async Task Ingest_TracingOn_NoPropertyValueUserIdOrWriteKeyInAnyExport()
    {
        var id = Guid.NewGuid().ToString("N");
        string writeKey = "wk-secret-" + id, userId = "uid-secret-" + id, value = "pv-secret-" + id;
        await using var collector = await FakeCollector.StartAsync();
        await using var destination = await FakeDestination.StartAsync();
        var source = "web-" + id;
        await using var guard = await GuardServer.StartAsync(null, o => o with
        {
            WriteKeys = new Dictionary<string, string> { [writeKey] = source },
            Destinations = [new DestinationOptions { Name = source + "-dest", Url = destination.Url, Timeout = TimeSpan.FromSeconds(5) }],
            Policy = o.Policy with { UnplannedProperties = UnplannedProperties.Strip },
            Tracing = new TracingOptions { OtlpEndpoint = collector.Url, ExportInterval = TimeSpan.FromMilliseconds(100) },
        });
        var valid = $$$"""{"type":"track","event":"signup_completed","userId":"{{{userId}}}","messageId":"m-{{{id}}}-1","properties":{"user_id":"{{{userId}}}","signup_method":"google"}}""";
        var stripped = $$$"""{"type":"track","event":"signup_completed","userId":"{{{userId}}}","messageId":"m-{{{id}}}-2","properties":{"user_id":"{{{userId}}}","signup_method":"github","note":"{{{value}}}"}}""";
        var blocked = $$$"""{"type":"track","event":"signup_completed","anonymousId":"{{{userId}}}","messageId":"m-{{{id}}}-3","properties":{"user_id":"{{{userId}}}","signup_method":"{{{value}}}"}}""";
        var identify = $$$"""{"userId":"{{{userId}}}","messageId":"m-{{{id}}}-4","traits":{"email":"{{{value}}}@example.com"}}""";

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/v1/track") { Content = Payloads.Json(valid) })
        {
            request.Headers.Authorization = Basic(writeKey);
            Assert.True((await guard.Client.SendAsync(request)).IsSuccessStatusCode);
        }

        var inBody = $$$"""{"writeKey":"{{{writeKey}}}","batch":[{{{stripped}}},{{{blocked}}}]}""";
        Assert.True((await guard.Client.PostAsync("/v1/batch?verbose=1", Payloads.Json(inBody))).IsSuccessStatusCode);
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/v1/identify") { Content = Payloads.Json(identify) })
        {
            request.Headers.Authorization = Basic(writeKey);
            Assert.True((await guard.Client.SendAsync(request)).IsSuccessStatusCode);
        }

        await Eventually.TrueAsync(() => destination.Delivered.Count == 3, "the valid, the stripped and the identify call forwarded");
        await Eventually.TrueAsync(() => Ours(collector.Spans(), source) is var spans && spans.Count(s => s.Name == GuardTracing.Ingest) == 3
            && spans.Any(s => s.Name == GuardTracing.Forward), "the spans of the three calls and a forward exported");
        await guard.StopAsync();

        var secrets = new[] { writeKey, Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")), userId, value };
        foreach (var secret in secrets)
        {
            Assert.False(collector.Received(secret), $"'{secret}' was exported in a span");
        }
    }

    [Fact]
    public async Task ContractPull_TracingOn_EachPollSaysTheVersionAndWhetherItChanged()
    {
        var published = CanonicalJson.Export(ContractLoader.LoadFile(GuardServer.SeedContract).Contract!);
        var version = ContractHolder.TryLoad(published).Contract!.Version;
        var failing = false;
        await using var server = await FakePlanServerAsync(published, () => Volatile.Read(ref failing));
        var serverUrl = new Uri(server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        await using var collector = await FakeCollector.StartAsync();
        await using var guard = await GuardServer.StartAsync(writeContract: false, configure: o => o with
        {
            ContractFile = "",
            ContractPull = new ContractPullOptions { Url = new Uri(serverUrl, "/api/v1/plans/" + Guid.NewGuid() + "/contract").ToString(), PollInterval = TimeSpan.FromMilliseconds(100) },
            Tracing = new TracingOptions { OtlpEndpoint = collector.Url, ExportInterval = TimeSpan.FromMilliseconds(100) },
        });
        List<OtlpSpan> Pulls() => collector.Spans().Where(s => s.Name == GuardTracing.ContractPull && Equals(s[SpanAttributes.ServerPort], (long)serverUrl.Port)).ToList();
        await Eventually.TrueAsync(() => Pulls().Any(s => (string?)s[SpanAttributes.PullOutcome] == "unchanged"), "a poll after the first that found nothing new");
        Volatile.Write(ref failing, true);
        await Eventually.TrueAsync(() => Pulls().Any(s => (string?)s[SpanAttributes.PullOutcome] == "failed"), "a poll the Server answered 500");

        var applied = Assert.Single(Pulls(), s => (string?)s[SpanAttributes.PullOutcome] == "applied");
        Assert.Equal((true, version, 1L, 1L), ((bool)applied[SpanAttributes.ContractChanged]!, (string?)applied[SpanAttributes.ContractVersion],
            (long)applied[SpanAttributes.ContractVersionNumber]!, (long)applied[SpanAttributes.ContractVersionsHeld]!));
        var unchanged = Pulls().First(s => (string?)s[SpanAttributes.PullOutcome] == "unchanged");
        Assert.Equal((false, version), ((bool)unchanged[SpanAttributes.ContractChanged]!, (string?)unchanged[SpanAttributes.ContractVersion]));
        var failed = Pulls().First(s => (string?)s[SpanAttributes.PullOutcome] == "failed");
        Assert.Equal(("500", OtlpSpan.StatusError, version), ((string?)failed[SpanAttributes.ErrorType], failed.StatusCode, (string?)failed[SpanAttributes.ContractVersion]));
    }

    [Fact]
    public void Spans_NoListener_NothingCreatedNothingAllocated()
    {
        // The tests of this class run one after another and no other test of this assembly turns tracing on in-process: nothing listens now.
        Assert.False(GuardTracing.Source.HasListeners(), "a tracer provider outlived its test, or another class turned tracing on in-process");
        var destination = new DestinationOptions { Url = "http://127.0.0.1:9/v1/batch" };
        var outcomes = new List<Trackboard.Guard.Policy.EventOutcome>();
        var sent = new Trackboard.Guard.Forwarding.SendResult([], []);
        HotPath(destination, outcomes, sent);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            HotPath(destination, outcomes, sent);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Null(GuardTracing.StartIngest("track"));
    }

    [Fact]
    public async Task Serve_TracingOff_NothingSentEvenWithOtelVariablesAndGuardStillWorks()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var destination = await FakeDestination.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Url,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_TRACES_EXPORTER"] = "otlp",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        };

        var exit = await ServeAndStopAsync(destination, environment);

        Assert.Equal(0, exit);
        Assert.Empty(collector.Exports);
    }

    [Fact]
    public async Task Serve_EndpointFromEnvironmentKey_SpansFlushedAtShutdown()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var destination = await FakeDestination.StartAsync();
        // The default export interval (5s) is longer than this run: the spans arrive because shutdown flushes them.
        var environment = new Dictionary<string, string>
        {
            ["TRACKBOARD_GUARD__TRACING__OTLP_ENDPOINT"] = collector.Url,
            // The SDK's own variables still apply where the tracing keys say nothing (a backend's auth header, resource attributes)...
            ["OTEL_EXPORTER_OTLP_HEADERS"] = "x-backend-key=test-123",
            ["OTEL_RESOURCE_ATTRIBUTES"] = "deployment.environment.name=ci",
            // ...and lose where they do: service_name has a default.
            ["OTEL_SERVICE_NAME"] = "from-otel-variable",
        };

        var exit = await ServeAndStopAsync(destination, environment);

        Assert.Equal(0, exit);
        var spans = collector.Spans();
        Assert.Contains(spans, s => s.Name == GuardTracing.Ingest && (string?)s[SpanAttributes.CallType] == "track");
        Assert.Contains(spans, s => s.Name == GuardTracing.Forward && (string?)s[SpanAttributes.ForwardOutcome] == "delivered");
        Assert.All(spans, s => Assert.Equal(TracingOptions.DefaultServiceName, s.Service));
        Assert.All(spans, s => Assert.Equal("ci", s.Resource.GetValueOrDefault("deployment.environment.name")));
        Assert.All(collector.Headers, h => Assert.Equal("test-123", h.GetValueOrDefault("x-backend-key")));
    }

    /// <summary>Runs the real process with a config without a tracing block, sends two events, waits for their forward and stops it with SIGTERM.</summary>
    private static async Task<int> ServeAndStopAsync(FakeDestination destination, Dictionary<string, string> environment)
    {
        var directory = Path.Combine(Path.GetTempPath(), "guard-tracing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var contract = Path.Combine(directory, "contract.json");
        File.Copy(GuardServer.SeedContract, contract);
        var config = Path.Combine(directory, "guard.yaml");
        File.WriteAllText(config, $"""
            http_addr: "127.0.0.1:0"
            contract_file: "{contract}"
            store_file: "{Path.Combine(directory, "guard.db")}"
            destination: "{destination.Url}"
            shutdown_timeout: 5s
            """);
        using var guard = await GuardProcess.StartAsync(config, environment);
        using var client = new HttpClient { BaseAddress = new Uri(guard.Url) };
        Assert.True((await client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-env-1")))).IsSuccessStatusCode);
        Assert.True((await client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch(Payloads.Signup("m-env-2"))))).IsSuccessStatusCode);
        await Eventually.TrueAsync(() => destination.Delivered.Count == 2, "both events forwarded");

        await guard.SignalAsync("TERM");
        using var exitTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await guard.Process.WaitForExitAsync(exitTimeout.Token);
        return guard.Process.ExitCode;
    }

    /// <summary>A stand-in for the Server's contract and app-version resources: one published version, ETag polling, 500 while <paramref name="failing"/>.</summary>
    private static async Task<WebApplication> FakePlanServerAsync(byte[] contract, Func<bool> failing)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var etag = PulledContract.ETagOf(ContractHolder.TryLoad(contract).Contract!);
        app.MapGet("/api/v1/plans/{plan}/contract", (HttpContext context) =>
        {
            if (failing())
            {
                return Results.StatusCode(500);
            }

            context.Response.Headers.ETag = etag;
            return context.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(304) : Results.Bytes(contract, "application/json");
        });
        app.MapGet("/api/v1/plans/{plan}/app-versions", () => Results.Text("""{"mappings":[]}""", "application/json"));
        await app.StartAsync();
        return app;
    }

    /// <summary>Every span call of an ingest call and a forward, as the handlers make them.</summary>
    private static void HotPath(DestinationOptions destination, List<Trackboard.Guard.Policy.EventOutcome> outcomes, Trackboard.Guard.Forwarding.SendResult sent)
    {
        using var ingest = GuardTracing.StartIngest(null);
        GuardTracing.Authenticated(ingest, "web", PolicyMode.Warn, "version_1");
        using (GuardTracing.StartValidate(100))
        {
        }

        using (var commit = GuardTracing.StartCommit(100))
        {
            GuardTracing.Failed(commit, "store_full");
        }

        GuardTracing.Refused(ingest, "store_full", 503);
        var tally = new Trackboard.Guard.Policy.DecisionTally();
        foreach (var outcome in outcomes)
        {
            tally.Add(outcome.Decision);
        }

        GuardTracing.Decided(ingest, outcomes.Count, tally);
        using var forward = GuardTracing.StartForward(destination, 100);
        GuardTracing.Forwarded(forward, sent);
    }

    private static async Task<GuardServer> StartTracedAsync(FakeCollector collector, FakeDestination destination, string source, string service) =>
        await GuardServer.StartAsync(null, o => o with
        {
            WriteKeys = new Dictionary<string, string> { ["wk-traced"] = source },
            Destinations = [new DestinationOptions { Name = source + "-dest", Url = destination.Url, Timeout = TimeSpan.FromSeconds(5) }],
            Tracing = new TracingOptions { OtlpEndpoint = collector.Url, ExportInterval = TimeSpan.FromMilliseconds(100), ServiceName = service },
        });

    /// <summary>
    /// The spans of the Guard whose write key maps to <paramref name="source"/> and whose destination is <c>source-dest</c>: a provider
    /// listens to every Guard in the process, so the export may also hold spans of other tests' Guards (under this service name).
    /// </summary>
    private static List<OtlpSpan> Ours(List<OtlpSpan> spans, string source)
    {
        var ingest = spans.Where(s => s.Name == GuardTracing.Ingest && (string?)s[SpanAttributes.Source] == source).ToList();
        var ids = ingest.Select(s => s.SpanId).ToHashSet();
        var parents = ingest.Select(s => s.ParentSpanId).ToHashSet();
        return spans.Where(s => ids.Contains(s.SpanId) || ids.Contains(s.ParentSpanId) || (s.Kind == OtlpSpan.KindServer && parents.Contains(s.SpanId))
            || (s.Name == GuardTracing.Forward && (string?)s[SpanAttributes.DestinationName] == source + "-dest")).ToList();
    }

    private static AuthenticationHeaderValue Basic(string writeKey) => new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(writeKey + ":")));
}
