using System.Net;
using System.Net.Http.Headers;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Tracing;

namespace Trackboard.Guard.ContractSource;

/// <summary>
/// Pulls the contract from a Trackboard Server: polls <c>contract_url</c> with If-None-Match, fetches the older versions
/// it keeps (the last N and those the app-version map names) once each, caches them on disk and puts the new set in
/// force atomically. A failed or invalid download keeps what is in force (log line and metric). On start the cache is
/// loaded first, so Guard serves with the Server down.
/// </summary>
internal sealed partial class ContractPuller(GuardOptions options, ContractHolder holder, GuardMetrics metrics, TimeProvider time, ILogger<ContractPuller> logger)
    : BackgroundService
{
    private readonly ContractPullOptions _pull = options.ContractPull;
    private readonly ContractCache _cache = ContractCache.For(options);
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) }) { Timeout = options.ContractPull.Timeout };
    private Dictionary<long, LoadedContract> _held = [];
    private string? _mapETag;
    private byte[] _mapBytes = """{"mappings":[]}"""u8.ToArray();
    private IReadOnlyList<AppVersionRule> _rules = [];
    private long _lastSuccess;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Gauge("trackboard_guard_contract_versions_held", "Published versions held for stamped and mapped events.", () => Volatile.Read(ref _held).Count);
        metrics.Gauge("trackboard_guard_contract_last_pull_timestamp_seconds", "Unix time of the last successful poll of contract_url (0: none yet).",
            () => Interlocked.Read(ref _lastSuccess));
        LoadCache();
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await PollOnceAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(_pull.PollInterval, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One poll; never throws for the Server's or the network's faults.</summary>
    public async Task PollOnceAsync(CancellationToken ct)
    {
        // The HTTP calls of the poll become its children; Failed, Refused and the end of PollAsync tag it as the ambient span.
        using var activity = GuardTracing.Source.StartActivity(GuardTracing.ContractPull);
        if (activity is { IsAllDataRequested: true } && Uri.TryCreate(_pull.Url, UriKind.Absolute, out var server))
        {
            activity.SetTag(SpanAttributes.ServerAddress, server.Host);
            activity.SetTag(SpanAttributes.ServerPort, server.Port);
        }

        try
        {
            await PollAsync(ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or UnauthorizedAccessException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            Failed(ex.Message, ex.GetType().FullName!);
        }
    }

    private void LoadCache()
    {
        var (versions, map, problems) = _cache.Read();
        foreach (var problem in problems)
        {
            LogCacheProblem(logger, problem);
        }

        if (versions.Count == 0)
        {
            return;
        }

        if (map is not null && AppVersionMap.Parse(map) is ({ } rules, null))
        {
            (_mapBytes, _rules) = (map, rules);
        }

        _held = versions;
        var latest = versions[versions.Keys.Max()];
        holder.Apply(new ContractSet(latest, versions, _rules));
        LogFromCache(logger, latest.Version, versions.Count, _cache.Directory);
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var current = holder.Set;
        using var response = await SendAsync(new Uri(_pull.Url), current is null ? null : PulledContract.ETagOf(current.Latest), ct).ConfigureAwait(false);
        LoadedContract latest;
        byte[]? latestBytes = null;
        if (response.StatusCode == HttpStatusCode.NotModified && current is not null)
        {
            latest = current.Latest;
        }
        else if (response.StatusCode == HttpStatusCode.OK)
        {
            latestBytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
            var (loaded, error) = PulledContract.Verify(latestBytes, null, response.Headers.ETag?.ToString());
            if (loaded is null)
            {
                Refused(error!);
                return;
            }

            latest = loaded;
        }
        else
        {
            Failed($"{_pull.Url} answered {(int)response.StatusCode}", StatusText(response));
            return;
        }

        var (mapChanged, mapOk) = await PullMapAsync(ct).ConfigureAwait(false);
        if (!mapOk)
        {
            return;
        }

        var latestNumber = latest.Compiled.Contract.VersionNumber!.Value;
        var wanted = Enumerable.Range(0, _pull.KeepVersions).Select(i => latestNumber - i).Where(n => n >= 1)
            .Concat(_rules.Select(r => r.ContractVersion).Where(n => n >= 1 && n <= latestNumber)).Distinct().ToList();
        var held = new Dictionary<long, LoadedContract>();
        var added = new Dictionary<long, byte[]>();
        foreach (var number in wanted)
        {
            if (number == latestNumber)
            {
                held[number] = latest;
                if (latestBytes is not null)
                {
                    added[number] = latestBytes;
                }
            }
            else if (_held.TryGetValue(number, out var kept))
            {
                held[number] = kept;
            }
            else
            {
                var (fetched, bytes, ok) = await FetchVersionAsync(number, ct).ConfigureAwait(false);
                if (!ok)
                {
                    return;
                }

                if (fetched is not null)
                {
                    held[number] = fetched;
                    added[number] = bytes!;
                }
            }
        }

        Interlocked.Exchange(ref _lastSuccess, time.GetUtcNow().ToUnixTimeSeconds());
        var unchanged = current is not null && ReferenceEquals(current.Latest, latest) && !mapChanged && held.Keys.ToHashSet().SetEquals(_held.Keys);
        Pulled(latest, latestNumber, held.Count, changed: !unchanged);
        if (unchanged)
        {
            return;
        }

        _cache.Write(added, held.Keys, _mapBytes);
        _held = held;
        holder.Apply(new ContractSet(latest, held, _rules));
        LogApplied(logger, latest.Version, latestNumber, held.Count, _rules.Count);
    }

    /// <summary>Refreshes the app-version map; false when the poll must stop here (the map could not be read).</summary>
    private async Task<(bool Changed, bool Ok)> PullMapAsync(CancellationToken ct)
    {
        using var response = await SendAsync(_pull.AppVersionsUrl, _mapETag, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return (false, true);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            Failed($"{_pull.AppVersionsUrl} answered {(int)response.StatusCode}", StatusText(response));
            return (false, false);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        var (rules, error) = AppVersionMap.Parse(bytes);
        if (rules is null)
        {
            Refused(error!);
            return (false, false);
        }

        var changed = !bytes.AsSpan().SequenceEqual(_mapBytes);
        (_mapBytes, _rules, _mapETag) = (bytes, rules, response.Headers.ETag?.ToString());
        return (changed, true);
    }

    /// <summary>An older version: (null, null, true) when the Server has no such version, Ok false when the poll must stop.</summary>
    private async Task<(LoadedContract? Contract, byte[]? Bytes, bool Ok)> FetchVersionAsync(long number, CancellationToken ct)
    {
        using var response = await SendAsync(_pull.VersionUrl(number), null, ct).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return (null, null, true);
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            Failed($"{_pull.VersionUrl(number)} answered {(int)response.StatusCode}", StatusText(response));
            return (null, null, false);
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false);
        var (loaded, error) = PulledContract.Verify(bytes, number, response.Headers.ETag?.ToString());
        if (loaded is null)
        {
            Refused($"version {number}: {error}");
            return (null, null, false);
        }

        return (loaded, bytes, true);
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, string? etag, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (_pull.Token.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _pull.Token);
        }

        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        return await _http.SendAsync(request, ct).ConfigureAwait(false);
    }

    private static string StatusText(HttpResponseMessage response) => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void Pulled(LoadedContract latest, long number, int held, bool changed)
    {
        if (GuardTracing.CurrentPull() is { } activity)
        {
            activity.SetTag(SpanAttributes.PullOutcome, changed ? "applied" : "unchanged");
            activity.SetTag(SpanAttributes.ContractChanged, changed);
            activity.SetTag(SpanAttributes.ContractVersion, latest.Version);
            activity.SetTag(SpanAttributes.ContractVersionNumber, number);
            activity.SetTag(SpanAttributes.ContractVersionsHeld, held);
        }
    }

    private void Failed(string reason, string errorType)
    {
        metrics.ContractPullErrors.Add();
        LogPullFailed(logger, holder.Current?.Version ?? "none", reason);
        Ended("failed", errorType);
    }

    private void Refused(string reason)
    {
        metrics.ContractReloadFailures.Add();
        LogRefused(logger, _pull.Url, holder.Current?.Version ?? "none", reason);
        Ended("refused", "contract_refused");
    }

    /// <summary>Tags a poll that stopped early (failed or refused): the version in force stays.</summary>
    private void Ended(string outcome, string errorType)
    {
        if (GuardTracing.CurrentPull() is { } activity)
        {
            activity.SetTag(SpanAttributes.PullOutcome, outcome);
            activity.SetTag(SpanAttributes.ContractChanged, false);
            if (holder.Current is { } current)
            {
                activity.SetTag(SpanAttributes.ContractVersion, current.Version);
            }

            GuardTracing.Failed(activity, errorType);
        }
    }
}
