using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>
/// The serialized answer of <c>GET /plans/{id}</c>, kept per plan and stamped with everything it is built from
/// that can change (the draft revision every draft write moves, the plan row's fields, the current version):
/// materializing and serializing a large draft costs far more than the query that checks the stamp. A gzip copy is
/// made once per entry, the first time a client that accepts gzip asks: a 500-event plan is about 600 KiB of JSON,
/// and copying that to every reader costs more than anything else in the read.
/// </summary>
internal sealed class PlanReadCache
{
    private const int MaxPlans = 256;
    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    public static string Stamp(Plan plan, long? currentVersion) =>
        JsonSerializer.Serialize(new object?[]
        {
            plan.DraftRevision, plan.Name, plan.Description, plan.ArchivedAt?.Ticks, plan.UpdatedAt.Ticks, plan.BranchName, currentVersion,
        });

    public Entry? TryGet(Guid planId, string stamp) =>
        _entries.TryGetValue(planId, out var entry) && entry.Stamp == stamp ? entry : null;

    public Entry Add(Guid planId, string stamp, JsonObject body, JsonSerializerOptions options)
    {
        if (_entries.Count >= MaxPlans)
        {
            _entries.Clear();
        }
        var entry = new Entry(stamp, JsonSerializer.SerializeToUtf8Bytes(body, options));
        _entries[planId] = entry;
        return entry;
    }

    /// <summary>One plan's serialized answer and, made on first use, its gzip encoding.</summary>
    internal sealed class Entry(string stamp, byte[] body)
    {
        private readonly Lazy<byte[]> _gzip = new(() => Compress(body));

        public string Stamp { get; } = stamp;

        public byte[] Body { get; } = body;

        public byte[] Gzip => _gzip.Value;

        private static byte[] Compress(byte[] body)
        {
            using var output = new MemoryStream(body.Length / 4);
            using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            {
                gzip.Write(body);
            }
            return output.ToArray();
        }
    }
}
