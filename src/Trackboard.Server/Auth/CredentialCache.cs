using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

/// <summary>
/// Bearer tokens (session access tokens and personal access tokens, by hash) and roles (by organization and user),
/// kept so an authenticated request does not cost two queries. Everything is dropped at once when this process
/// commits a change to sessions, tokens or memberships (<see cref="CacheInvalidator"/>, and explicitly after
/// the set-based revocations), and reloaded after <see cref="MaxAge"/> in any case: a logout, revocation or role
/// change made through another Server instance sharing the database applies here within that time.
/// </summary>
internal sealed class CredentialCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(2);
    private const int MaxEntries = 10_000;
    private static readonly TimeSpan s_stampEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Token> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Guid Org, Guid User), Role> _roles = new();
    private long _epoch;

    public void Invalidate()
    {
        Interlocked.Increment(ref _epoch);
        _tokens.Clear();
        _roles.Clear();
    }

    /// <summary>The session or personal access token with this hash, or null; revocation and expiry are the caller's to check.</summary>
    public async Task<Token?> FindTokenAsync(string hash, bool personal, TrackboardDbContext db, CancellationToken ct)
    {
        if (_tokens.TryGetValue(hash, out var cached) && Fresh(cached.Epoch, cached.LoadedAt))
        {
            return cached;
        }
        var epoch = Volatile.Read(ref _epoch);
        Token? token;
        if (personal)
        {
            var pat = await db.PersonalAccessTokens.AsNoTracking().FirstOrDefaultAsync(p => p.Hash == hash, ct);
            token = pat is null ? null : new Token(pat.Id, pat.UserId, pat.OrgId, pat.Scope, false, pat.RevokedAt, pat.ExpiresAt, pat.LastUsedAt, epoch, Environment.TickCount64);
        }
        else
        {
            var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.AccessHash == hash, ct);
            token = session is null ? null
                : new Token(session.Id, session.UserId, session.OrgId, Scopes.Write, true, session.RevokedAt, session.AccessExpiresAt, null, epoch, Environment.TickCount64);
        }
        if (token is not null)
        {
            Put(_tokens, hash, token);
        }
        return token;
    }

    /// <summary>The user's role in the organization, or null when not a member.</summary>
    public async Task<OrgRole?> RoleAsync(Guid org, Guid user, TrackboardDbContext db, CancellationToken ct)
    {
        if (_roles.TryGetValue((org, user), out var cached) && Fresh(cached.Epoch, cached.LoadedAt))
        {
            return cached.Value;
        }
        var epoch = Volatile.Read(ref _epoch);
        var role = await db.Memberships.Where(m => m.OrgId == org && m.UserId == user).Select(m => (OrgRole?)m.Role).FirstOrDefaultAsync(ct);
        Put(_roles, (org, user), new Role(role, epoch, Environment.TickCount64));
        return role;
    }

    private bool Fresh(long epoch, long loadedAt) =>
        epoch == Volatile.Read(ref _epoch) && Environment.TickCount64 - loadedAt < MaxAge.TotalMilliseconds;

    private static void Put<TKey, TValue>(ConcurrentDictionary<TKey, TValue> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (map.Count >= MaxEntries)
        {
            map.Clear();
        }
        map[key] = value;
    }

    internal sealed record Role(OrgRole? Value, long Epoch, long LoadedAt);

    /// <summary>A bearer token's row as far as authentication needs it.</summary>
    internal sealed record Token(
        Guid Id, Guid UserId, Guid OrgId, string Scope, bool IsSession, DateTime? RevokedAt, DateTime? ExpiresAt, DateTime? LastUsedAt, long Epoch, long LoadedAt)
    {
        private long _lastStamp = LastUsedAt?.Ticks ?? 0;

        /// <summary>True for the one caller that should write <c>last_used_at</c> now (at most once a minute per token).</summary>
        public bool TakeStamp(DateTime now)
        {
            var last = Volatile.Read(ref _lastStamp);
            return now.Ticks - last > s_stampEvery.Ticks && Interlocked.CompareExchange(ref _lastStamp, now.Ticks, last) == last;
        }
    }
}
