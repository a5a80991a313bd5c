using System.Text.Json;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.Push;

/// <summary>
/// Every <c>push.counts_interval</c> takes a window of <see cref="EventCounts"/>, stores it (so it survives a restart and waits
/// while the Server is down, at most <c>push.max_count_windows</c>) and sends the stored windows oldest first to
/// <c>POST /plans/{id}/guard/counts</c>. Each window has its own id, so a window resent after a lost answer counts once.
/// </summary>
internal sealed class CountsPusher(GuardOptions options, EventCounts counts, PushStore store, PushClient client, GuardMetrics metrics, TimeProvider time,
    ILogger<CountsPusher> logger) : BackgroundService
{
    private const int MaxRowsPerWindow = 5000;
    private readonly Lock _windowLock = new();
    private DateTimeOffset _windowStart;
    private long _sent;
    private long _dropped;
    private long _lastSuccess;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _windowStart = time.GetUtcNow();
        metrics.Gauge("trackboard_guard_push_counts_pending_windows", "Count windows waiting for the Server.", () => store.PendingWindows());
        metrics.Gauge("trackboard_guard_push_counts_windows", "Count windows the Server acknowledged since start.", () => Interlocked.Read(ref _sent));
        metrics.Gauge("trackboard_guard_push_counts_dropped_windows", "Count windows dropped since start (over push.max_count_windows, or refused).", () => Interlocked.Read(ref _dropped));
        metrics.Gauge("trackboard_guard_push_counts_last_success_timestamp_seconds", "Unix time of the last acknowledged counts push (0: none yet).", () => Interlocked.Read(ref _lastSuccess));
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // What was counted since the last window is stored, and sent after the restart.
        TakeWindow();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextWindow = time.GetUtcNow() + options.Push.CountsInterval;
        var nextSend = DateTimeOffset.MinValue;
        var attempt = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = time.GetUtcNow();
                var wake = store.PendingWindows() > 0 && nextSend < nextWindow ? nextSend : nextWindow;
                if (wake > now)
                {
                    await Task.Delay(wake - now, time, stoppingToken).ConfigureAwait(false);
                }

                now = time.GetUtcNow();
                if (now >= nextWindow)
                {
                    TakeWindow();
                    nextWindow = now + options.Push.CountsInterval;
                }

                if (now >= nextSend)
                {
                    var error = await SendPendingAsync(stoppingToken).ConfigureAwait(false);
                    attempt = error is null ? 0 : attempt + 1;
                    nextSend = error is null ? now : now + client.Delay(attempt);
                    if (error is not null)
                    {
                        PushLog.CountsPushFailed(logger, error, store.PendingWindows(), nextSend - now);
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (Exception e)
            {
                attempt++;
                nextSend = time.GetUtcNow() + client.Delay(attempt);
                PushLog.CountsPushFailed(logger, e.Message, 0, client.Delay(attempt));
            }
        }
    }

    /// <summary>Stores what was counted since the last window as one or more windows (5000 rows each).</summary>
    public void TakeWindow()
    {
        lock (_windowLock)
        {
            var end = time.GetUtcNow();
            var rows = counts.Take();
            var start = _windowStart;
            _windowStart = end;
            foreach (var part in rows.Chunk(MaxRowsPerWindow))
            {
                var id = Guid.NewGuid().ToString("N");
                using var body = new MemoryStream();
                using (var writer = new Utf8JsonWriter(body))
                {
                    writer.WriteStartObject();
                    writer.WriteString("guard_id"u8, options.Push.EffectiveGuardId);
                    writer.WriteString("window_id"u8, id);
                    writer.WriteString("window_start"u8, start);
                    writer.WriteString("window_end"u8, end);
                    writer.WriteStartArray("counts"u8);
                    foreach (var (source, version, name, valid, invalid) in part)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("source"u8, source);
                        writer.WriteString("contract_version"u8, version.Length > 0 ? version : "none");
                        writer.WriteString("event"u8, name);
                        writer.WriteNumber("valid"u8, valid);
                        writer.WriteNumber("invalid"u8, invalid);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                var dropped = store.AddWindow(id, body.ToArray(), options.Push.MaxCountWindows);
                if (dropped > 0)
                {
                    Interlocked.Add(ref _dropped, dropped);
                    PushLog.WindowsDropped(logger, dropped);
                }
            }
        }
    }

    /// <summary>Sends stored windows oldest first until none is left; the reason it stopped otherwise.</summary>
    public async Task<string?> SendPendingAsync(CancellationToken ct)
    {
        while (store.OldestWindow() is { } window)
        {
            var (status, text, error) = await client.PostAsync("/guard/counts", window.Body, "application/json", ct).ConfigureAwait(false);
            if (status is >= 200 and <= 299)
            {
                store.DeleteWindow(window.Id);
                Interlocked.Increment(ref _sent);
                Interlocked.Exchange(ref _lastSuccess, time.GetUtcNow().ToUnixTimeSeconds());
                continue;
            }

            if (status is 400 or 413)
            {
                // The Server will never take this window; keeping it would block every later one.
                store.DeleteWindow(window.Id);
                Interlocked.Increment(ref _dropped);
                PushLog.WindowRefused(logger, status, text.Length <= 300 ? text : text[..300]);
                continue;
            }

            return error ?? $"HTTP {status}";
        }

        return null;
    }
}
