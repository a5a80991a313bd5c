using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Validation;

/// <summary>
/// Resolves an <c>X-API-Key</c> hash to its key, the plan's latest published version and its compiled validator,
/// without a database round trip on the hot path. An entry is dropped at once when this process saves a change that
/// could alter it (a key revoked, rotated or changed; a version published: <see cref="Auth.CacheInvalidator"/>)
/// and reloaded after <see cref="MaxAge"/> in any case, which bounds how long a revocation or publish made through
/// another Server instance sharing the database takes to apply here.
/// </summary>
internal sealed class ValidationTargets(CompiledContractCache compiled)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);
    private const int MaxEntries = 10_000;
    private static readonly TimeSpan s_stampEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _byHash = new(StringComparer.Ordinal);
    private long _epoch;

    /// <summary>Called after a change that could alter a cached key or a plan's latest version is committed.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _epoch);
        _byHash.Clear();
    }

    /// <summary>The key's target, or null when no key has this hash; revocation and expiry are the caller's to check.</summary>
    public async Task<Entry?> FindAsync(string hash, IServiceProvider services, CancellationToken ct)
    {
        if (_byHash.TryGetValue(hash, out var cached) && cached.Epoch == Volatile.Read(ref _epoch)
            && Environment.TickCount64 - cached.LoadedAt < MaxAge.TotalMilliseconds)
        {
            return cached;
        }
        var epoch = Volatile.Read(ref _epoch);
        var db = services.GetRequiredService<TrackboardDbContext>();
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash, ct);
        if (key is null)
        {
            return null;
        }
        var latest = await db.Versions.AsNoTracking().Where(v => v.PlanId == key.PlanId)
            .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Number }).FirstOrDefaultAsync(ct);
        ValidationTarget? target = null;
        if (latest is not null)
        {
            var contract = compiled.TryGet(latest.Id) ?? compiled.Add(latest.Id,
                await db.Versions.Where(v => v.Id == latest.Id).Select(v => v.Contract).FirstAsync(ct));
            target = new ValidationTarget(key, latest.Id, latest.Number, contract);
        }
        var entry = new Entry(key, target, epoch, Environment.TickCount64, cached?.LastStamp ?? key.LastUsedAt?.Ticks ?? 0);
        if (_byHash.Count >= MaxEntries)
        {
            _byHash.Clear();
        }
        _byHash[hash] = entry;
        return entry;
    }

    /// <summary>A key with its target (null before the plan's first publish).</summary>
    internal sealed class Entry(ApiKey key, ValidationTarget? target, long epoch, long loadedAt, long lastStamp)
    {
        private long _lastStamp = lastStamp;

        public ApiKey Key { get; } = key;

        public ValidationTarget? Target { get; } = target;

        public long Epoch { get; } = epoch;

        public long LoadedAt { get; } = loadedAt;

        public long LastStamp => Volatile.Read(ref _lastStamp);

        /// <summary>True for the one caller that should write <c>last_used_at</c> now (at most once a minute per key).</summary>
        public bool TakeStamp(DateTime now)
        {
            var last = Volatile.Read(ref _lastStamp);
            return now.Ticks - last > s_stampEvery.Ticks && Interlocked.CompareExchange(ref _lastStamp, now.Ticks, last) == last;
        }
    }
}
