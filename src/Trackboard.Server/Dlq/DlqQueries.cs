using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Dlq;

/// <summary>Group and spread aggregates, computed by the database (GROUP BY), never by loading entries.</summary>
internal static class DlqQueries
{
    public static async Task<(int Total, List<DlqGroupRow> Rows)> GroupsAsync(
        TrackboardDbContext db, Guid planId, string? eventName, DateTime recentSince, int limit, int offset, CancellationToken ct)
    {
        var entries = DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == planId);
        if (eventName is not null)
        {
            entries = entries.Where(e => e.EventName == eventName);
        }
        var total = await entries.Select(e => e.Fingerprint).Distinct().CountAsync(ct);
        var rows = await Aggregate(entries, recentSince)
            .OrderByDescending(g => g.LastSeen).ThenBy(g => g.Fingerprint).Skip(offset).Take(limit).ToListAsync(ct);
        return (total, [.. rows.Select(r => r.ToRow())]);
    }

    /// <summary>The groups with the most entries received since <paramref name="since"/>, counting only those entries.</summary>
    public static async Task<List<DlqGroupRow>> TopGroupsAsync(TrackboardDbContext db, Guid planId, DateTime since, DateTime recentSince, int take, CancellationToken ct)
    {
        var entries = DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == planId && e.ReceivedAt >= since);
        var rows = await Aggregate(entries, recentSince).OrderByDescending(g => g.Count).ThenBy(g => g.Fingerprint).Take(take).ToListAsync(ct);
        return [.. rows.Select(r => r.ToRow())];
    }

    public static async Task<DlqGroupRow?> GroupAsync(TrackboardDbContext db, Guid planId, string fingerprint, DateTime recentSince, CancellationToken ct)
    {
        var entries = DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == planId && e.Fingerprint == fingerprint);
        var row = await Aggregate(entries, recentSince).FirstOrDefaultAsync(ct);
        return row?.ToRow();
    }

    public static async Task<DlqSpread> SpreadAsync(TrackboardDbContext db, Guid planId, string fingerprint, CancellationToken ct)
    {
        var breakKey = await DlqWriter.Entries(db).Where(e => e.PlanId == planId && e.Fingerprint == fingerprint).Select(e => e.BreakKey).FirstAsync(ct);
        var same = DlqWriter.Entries(db).AsNoTracking().Where(e => e.PlanId == planId && e.BreakKey == breakKey);
        return new DlqSpread(
            await CountByAsync(same, e => e.Source, ct),
            await CountByAsync(same, e => e.AppVersion, ct),
            await CountByAsync(same, e => e.Library, ct),
            await CountByAsync(same, e => e.ContractVersion, ct));
    }

    private static IQueryable<GroupAggregate> Aggregate(IQueryable<DlqEntry> entries, DateTime recentSince) =>
        entries.GroupBy(e => new { e.Fingerprint, e.Signature }).Select(g => new GroupAggregate
        {
            Fingerprint = g.Key.Fingerprint,
            Signature = g.Key.Signature,
            Count = g.Count(),
            FirstSeen = g.Min(e => e.ReceivedAt),
            LastSeen = g.Max(e => e.ReceivedAt),
            Last24h = g.Sum(e => e.ReceivedAt >= recentSince ? 1 : 0),
        });

    private static async Task<IReadOnlyList<(string? Value, int Count)>> CountByAsync(
        IQueryable<DlqEntry> entries, Expression<Func<DlqEntry, string?>> key, CancellationToken ct)
    {
        var rows = await entries.GroupBy(key).Select(g => new { Value = g.Key, Count = g.Count() }).ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.Count).ThenBy(r => r.Value, StringComparer.Ordinal).Take(20).Select(r => (r.Value, r.Count))];
    }

    private sealed class GroupAggregate
    {
        public required string Fingerprint { get; init; }
        public required string Signature { get; init; }
        public int Count { get; init; }
        public DateTime FirstSeen { get; init; }
        public DateTime LastSeen { get; init; }
        public int Last24h { get; init; }

        public DlqGroupRow ToRow() => new(Fingerprint, Signature, Count, FirstSeen, LastSeen, Last24h);
    }
}
