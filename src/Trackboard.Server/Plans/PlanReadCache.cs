using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The plan's stamp in one round trip, untracked and only the stamp's columns (a branch row also holds its merge
    /// base document, which the check must not read); null when the plan is not the organization's. The query is
    /// compiled once per provider's context type.
    /// </summary>
    public static Task<PlanStamp?> FindStampAsync(TrackboardDbContext db, Guid planId, Guid orgId, CancellationToken ct) => db switch
    {
        SqliteTrackboardDbContext sqlite => StampQuery<SqliteTrackboardDbContext>.Run(sqlite, planId, orgId, ct),
        PostgresTrackboardDbContext postgres => StampQuery<PostgresTrackboardDbContext>.Run(postgres, planId, orgId, ct),
        _ => throw new InvalidOperationException($"No plan stamp query for {db.GetType().Name}."),
    };

    public Entry? TryGet(Guid planId, PlanStamp stamp) =>
        _entries.TryGetValue(planId, out var entry) && entry.Stamp == stamp ? entry : null;

    public Entry Add(Guid planId, PlanStamp stamp, JsonObject body, JsonSerializerOptions options)
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
    internal sealed class Entry(PlanStamp stamp, byte[] body)
    {
        private readonly Lazy<byte[]> _gzip = new(() => Compress(body));

        public PlanStamp Stamp { get; } = stamp;

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

/// <summary>Everything a plan's read answer is built from that can change; equal stamps mean equal answers.</summary>
internal sealed record PlanStamp(
    long DraftRevision, string Name, string? Description, DateTime? ArchivedAt, DateTime UpdatedAt, string? BranchName, long? CurrentVersion);

file static class StampQuery<TContext>
    where TContext : TrackboardDbContext
{
    public static readonly Func<TContext, Guid, Guid, CancellationToken, Task<PlanStamp?>> Run = EF.CompileAsyncQuery(
        (TContext db, Guid planId, Guid orgId, CancellationToken ct) => db.Plans.AsNoTracking()
            .Where(p => p.Id == planId && p.OrgId == orgId)
            .Select(p => new PlanStamp(
                p.DraftRevision, p.Name, p.Description, p.ArchivedAt, p.UpdatedAt, p.BranchName,
                db.Versions.Where(v => v.PlanId == p.Id).Max(v => (long?)v.Number)))
            .FirstOrDefault());
}
