using System.Net;
using System.Text;
using System.Text.Json;
using NATS.Client.Core;
using NATS.Client.JetStream;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Nats;

/// <summary>The JetStream destination against a real <c>nats-server -js</c>.</summary>
public sealed class NatsDestinationTests
{
    private const string Stream = "GUARD_EVENTS";
    private const string Subject = "guard.events";

    [FactRequiringTool(ExternalTools.NatsServer)]
    public async Task Forward_NatsKilledAndRestartedMidStream_NothingLostAndRepeatsDroppedByTheStream()
    {
        ExternalTools.Require(ExternalTools.NatsServer);
        await using var nats = await NatsServer.StartAsync();
        // Guard's own dedupe is off, so repeated messageIds reach NATS and only Nats-Msg-Id can drop them.
        await using var guard = await GuardServer.StartAsync(configure: o => o with
        {
            DedupeWindow = TimeSpan.Zero,
            WorkerCount = 2,
            Destinations =
            [
                new DestinationOptions
                {
                    Name = "nats", Kind = DestinationKind.Nats, Url = nats.Url, Subject = Subject, Stream = Stream, BatchSize = 25, Timeout = TimeSpan.FromSeconds(2),
                },
            ],
        });
        var ids = new List<string>();

        await SendAsync(guard, ids, batches: 10);
        await Eventually.TrueAsync(() => guard.Metrics.Forwarded.Value > 0, "first events published");
        await nats.KillAsync();
        await SendAsync(guard, ids, batches: 10);
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value > 0, "publishes failing while NATS is down");
        await nats.StartAgainAsync();
        await SendAsync(guard, ids, batches: 10);
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM outbox") == 0, "outbox drained after the restart", seconds: 90);

        var unique = ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await using var client = new NatsConnection(new NatsOpts { Url = nats.Url });
        var jetStream = new NatsJSContext(client);
        var stream = await jetStream.GetStreamAsync(Stream);
        var stored = await ReadAllAsync(jetStream, (int)stream.Info.State.Messages);
        Assert.Equal(unique.Count, stream.Info.State.Messages);
        Assert.Equal(unique, stored.Select(m => m.MsgId).Order(StringComparer.Ordinal));
        Assert.All(stored, m => Assert.Equal(m.MsgId, m.BodyMessageId));
        Assert.True(ids.Count > unique.Count && guard.Metrics.Forwarded.Value >= ids.Count, $"{ids.Count} sent, {unique.Count} unique, {guard.Metrics.Forwarded.Value} published, {guard.Metrics.Accepted.Value} accepted, {guard.Metrics.Deduplicated.Value} deduplicated, {guard.Scalar("SELECT COUNT(*) FROM dlq")} in the DLQ: {guard.ScalarText("SELECT kind || reasons FROM dlq")}");
        Assert.Equal(0, guard.Scalar("SELECT COUNT(*) FROM dlq"));
    }

    [FactRequiringTool(ExternalTools.NatsServer)]
    public async Task Forward_NatsDownAtStart_EventsWaitThenArriveWithMsgIdHeader()
    {
        ExternalTools.Require(ExternalTools.NatsServer);
        await using var nats = await NatsServer.StartAsync();
        await nats.KillAsync();
        await using var guard = await GuardServer.StartAsync(configure: o => o with
        {
            Destinations = [new DestinationOptions { Name = "nats", Kind = DestinationKind.Nats, Url = nats.Url, Subject = Subject, Stream = Stream, Timeout = TimeSpan.FromSeconds(1) }],
        });

        var response = await guard.Client.PostAsync("/v1/track", Payloads.Json(Payloads.Signup("m-nats-late")));
        await Eventually.TrueAsync(() => guard.Metrics.Retried.Value > 0, "publish retried while NATS is down");
        var waiting = guard.Scalar("SELECT COUNT(*) FROM outbox WHERE destination = 'nats'");
        await nats.StartAgainAsync();
        await Eventually.TrueAsync(() => guard.Scalar("SELECT COUNT(*) FROM outbox") == 0, "published after NATS came up", seconds: 60);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, waiting);
        await using var client = new NatsConnection(new NatsOpts { Url = nats.Url });
        var stored = await ReadAllAsync(new NatsJSContext(client), 1);
        Assert.Equal("m-nats-late", Assert.Single(stored).MsgId);
        Assert.StartsWith("{\"type\":\"track\",\"event\":\"signup_completed\"", stored[0].Body, StringComparison.Ordinal);
    }

    private static async Task SendAsync(GuardServer guard, List<string> ids, int batches)
    {
        for (var b = 0; b < batches; b++)
        {
            var batch = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                batch.Add("n-" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                ids.Add(batch[^1]);
            }

            // Each batch repeats an earlier id: the client retried, and the stream must keep one copy.
            batch.Add(ids[ids.Count / 2]);
            ids.Add(batch[^1]);
            var response = await guard.Client.PostAsync("/v1/batch", Payloads.Json(Payloads.Batch([.. batch.Select(id => Payloads.Signup(id))])));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private static async Task<List<(string MsgId, string BodyMessageId, string Body)>> ReadAllAsync(NatsJSContext jetStream, int count)
    {
        var consumer = await jetStream.CreateOrderedConsumerAsync(Stream);
        var messages = new List<(string, string, string)>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await foreach (var message in consumer.ConsumeAsync<byte[]>(cancellationToken: timeout.Token))
        {
            var body = Encoding.UTF8.GetString(message.Data!);
            using var document = JsonDocument.Parse(body);
            messages.Add((message.Headers!["Nats-Msg-Id"].ToString(), document.RootElement.GetProperty("messageId").GetString()!, body));
            if (messages.Count == count)
            {
                break;
            }
        }

        return messages;
    }
}
