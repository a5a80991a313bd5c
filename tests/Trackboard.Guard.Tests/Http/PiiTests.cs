using System.Security.Cryptography;
using System.Text;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Tests.Support;

namespace Trackboard.Guard.Tests.Http;

/// <summary>Properties marked pii reach each destination kept, hashed or dropped, and every other byte as the client sent it.</summary>
public sealed class PiiTests
{
    private const string Salt = "s3cret";

    private const string Contract = """
        {
          "format_version": "trackboard.contract.v1",
          "version_id": "pii_1",
          "events": [
            {
              "event_name": "profile_updated",
              "properties": [
                { "name": "plan", "type": "string" },
                { "name": "email", "type": "string", "pii": true },
                { "name": "age", "type": "integer", "pii": true },
                { "name": "address", "type": "object", "properties": [
                  { "name": "city", "type": "string" },
                  { "name": "street", "type": "string", "pii": true }
                ] },
                { "name": "phones", "type": "array", "items": { "type": "string", "pii": true } }
              ]
            }
          ],
          "identify": { "traits": [ { "name": "email", "type": "string", "pii": true }, { "name": "plan", "type": "string" } ] }
        }
        """;

    private const string Track = """{"event":"profile_updated", "userId":"u1","messageId":"p-1","properties":{"plan":"pro", "email":"Ann\u0040Example.com" ,"age":42,"address":{"city":"Oslo","street":"1 Main St"},"phones":["+47 1","+47 2"]},"context":{"ip":"10.0.0.1"}}""";

    private const string Identify = """{"userId":"u1","messageId":"p-2","traits":{"email":"a@b.co", "plan":"pro"}}""";

    [Fact]
    public async Task Forward_PiiModesPerDestination_ExactBytesEach()
    {
        await using var keep = await FakeDestination.StartAsync();
        await using var hash = await FakeDestination.StartAsync();
        await using var drop = await FakeDestination.StartAsync();
        await using var guard = await GuardServer.StartAsync(contractJson: Contract, configure: o => o with
        {
            Pii = new PiiOptions { Mode = PiiMode.Hash, Salt = Salt },
            Destinations =
            [
                new DestinationOptions { Name = "keep", Url = keep.Url, Pii = PiiMode.Keep },
                new DestinationOptions { Name = "hash", Url = hash.Url },
                new DestinationOptions { Name = "drop", Url = drop.Url, Pii = PiiMode.Drop },
            ],
        });

        var track = await (await guard.Client.PostAsync("/v1/track?verbose=1", Payloads.Json(Track))).Content.ReadAsStringAsync();
        var identify = await (await guard.Client.PostAsync("/v1/identify?verbose=1", Payloads.Json(Identify))).Content.ReadAsStringAsync();
        Assert.True(track.Contains("\"decision\":\"accepted\"", StringComparison.Ordinal), track);
        Assert.True(identify.Contains("\"decision\":\"accepted\"", StringComparison.Ordinal), identify);
        await Eventually.TrueAsync(() => keep.Delivered.Count == 2 && hash.Delivered.Count == 2 && drop.Delivered.Count == 2, "both events at all three");

        Assert.Equal(
            [
                """{"type":"track","event":"profile_updated", "userId":"u1","messageId":"p-1","properties":{"plan":"pro", "email":"Ann\u0040Example.com" ,"age":42,"address":{"city":"Oslo","street":"1 Main St"},"phones":["+47 1","+47 2"]},"context":{"ip":"10.0.0.1"}}""",
                """{"type":"identify","userId":"u1","messageId":"p-2","traits":{"email":"a@b.co", "plan":"pro"}}""",
            ],
            Forwarded(keep));
        Assert.Equal(
            [
                """{"type":"track","event":"profile_updated", "userId":"u1","messageId":"p-1","properties":{"plan":"pro", "email":""" + Sha("Ann@Example.com") + """ ,"age":""" + Sha("42")
                    + ""","address":{"city":"Oslo","street":""" + Sha("1 Main St") + """},"phones":[""" + Sha("+47 1") + "," + Sha("+47 2") + """]},"context":{"ip":"10.0.0.1"}}""",
                """{"type":"identify","userId":"u1","messageId":"p-2","traits":{"email":""" + Sha("a@b.co") + """, "plan":"pro"}}""",
            ],
            Forwarded(hash));
        Assert.Equal(
            [
                """{"type":"track","event":"profile_updated", "userId":"u1","messageId":"p-1","properties":{"plan":"pro","address":{"city":"Oslo"},"phones":[null,null]},"context":{"ip":"10.0.0.1"}}""",
                """{"type":"identify","userId":"u1","messageId":"p-2","traits":{"plan":"pro"}}""",
            ],
            Forwarded(drop));
    }

    [Fact]
    public async Task Store_HashedDestination_OutboxNeverHoldsTheRawValue()
    {
        await using var guard = await GuardServer.StartAsync(contractJson: Contract, configure: o => o with { Pii = new PiiOptions { Mode = PiiMode.Hash, Salt = Salt } });

        Assert.Equal(200, (int)(await guard.Client.PostAsync("/v1/identify", Payloads.Json(Identify))).StatusCode);

        Assert.Equal(1, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE destination = 'default'"));
        Assert.Equal(0, guard.Scalar("SELECT COUNT(*) FROM outbox WHERE instr(CAST(body AS TEXT), 'a@b.co') > 0"));
    }

    private static string Sha(string value) => "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Salt + value))) + "\"";

    private static List<string> Forwarded(FakeDestination destination) =>
        [.. destination.Calls.SelectMany(c => c.Body.GetProperty("batch").EnumerateArray()).Select(e => e.GetRawText())
            .OrderBy(e => e.Contains("p-2", StringComparison.Ordinal))];
}
