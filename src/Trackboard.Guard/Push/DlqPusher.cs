using System.Text.Json;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Replay;

namespace Trackboard.Guard.Push;

/// <summary>
/// Sends new DLQ rows to the Server's <c>POST /plans/{id}/guard/dlq</c> in batches, as <c>dlq export</c> lines, so the Server
/// files them with the same dedupe keys as an import. The cursor (last row acknowledged) is saved in the store after each 2xx:
/// a restart resumes after it, and a batch resent after a crash is recognised by the Server. Failures back off with jitter.
/// </summary>
internal sealed class DlqPusher(GuardOptions options, PushStore store, PushClient client, GuardMetrics metrics, TimeProvider time, ILogger<DlqPusher> logger)
    : BackgroundService
{
    private long _backlog;
    private long _pushed;
    private long _skipped;
    private long _errors;
    private long _lastSuccess;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        metrics.Gauge("trackboard_guard_push_dlq_backlog", "DLQ rows not yet acknowledged by the Server.", () => Interlocked.Read(ref _backlog));
        metrics.Gauge("trackboard_guard_push_dlq_rows", "DLQ rows the Server acknowledged since start.", () => Interlocked.Read(ref _pushed));
        metrics.Gauge("trackboard_guard_push_dlq_skipped_rows", "DLQ rows skipped since start (backlog over push.max_backlog, or too large).", () => Interlocked.Read(ref _skipped));
        metrics.Gauge("trackboard_guard_push_dlq_errors", "Failed DLQ pushes since start.", () => Interlocked.Read(ref _errors));
        metrics.Gauge("trackboard_guard_push_dlq_last_success_timestamp_seconds", "Unix time of the last acknowledged DLQ push (0: none yet).", () => Interlocked.Read(ref _lastSuccess));
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var attempt = 0;
        var batch = options.Push.BatchSize;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan delay;
            try
            {
                var (pushed, tooLarge, error) = await PushOnceAsync(batch, stoppingToken).ConfigureAwait(false);
                if (error is not null)
                {
                    attempt++;
                    Interlocked.Increment(ref _errors);
                    delay = client.Delay(attempt);
                    PushLog.DlqPushFailed(logger, error, delay);
                }
                else if (tooLarge)
                {
                    batch = Math.Max(1, batch / 2);
                    delay = TimeSpan.Zero;
                }
                else
                {
                    attempt = 0;
                    // A full batch means more rows are waiting: send them now.
                    delay = pushed == batch ? TimeSpan.Zero : options.Push.DlqInterval;
                    batch = pushed == 0 ? options.Push.BatchSize : batch;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                attempt++;
                Interlocked.Increment(ref _errors);
                delay = client.Delay(attempt);
                PushLog.DlqPushFailed(logger, e.Message, delay);
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One batch: how many rows the Server acknowledged, whether the batch was too large, or why it failed.</summary>
    public async Task<(int Pushed, bool TooLarge, string? Error)> PushOnceAsync(int batchSize, CancellationToken ct)
    {
        var cursor = store.Cursor();
        var (count, _) = store.Backlog(cursor);
        if (count > options.Push.MaxBacklog)
        {
            var skipTo = store.IdBeforeLast(options.Push.MaxBacklog);
            store.SaveCursor(skipTo);
            Interlocked.Add(ref _skipped, count - options.Push.MaxBacklog);
            PushLog.BacklogSkipped(logger, count, count - options.Push.MaxBacklog);
            (cursor, count) = (skipTo, options.Push.MaxBacklog);
        }

        Interlocked.Exchange(ref _backlog, count);
        var rows = store.After(cursor, batchSize);
        if (rows.Count == 0)
        {
            return (0, false, null);
        }

        using var body = new MemoryStream();
        foreach (var row in rows)
        {
            DlqExporter.WriteLine(body, row);
        }

        var (status, text, error) = await client.PostAsync("/guard/dlq", body.ToArray(), "application/x-ndjson", ct).ConfigureAwait(false);
        if (status == 413)
        {
            if (rows.Count > 1)
            {
                return (0, true, null);
            }

            store.SaveCursor(rows[0].Id);
            Interlocked.Increment(ref _skipped);
            PushLog.RowTooLarge(logger, rows[0].Id);
            return (1, false, null);
        }

        if (status is < 200 or > 299)
        {
            return (0, false, error ?? $"HTTP {status}: {Clip(text)}");
        }

        store.SaveCursor(rows[^1].Id);
        Interlocked.Add(ref _pushed, rows.Count);
        Interlocked.Add(ref _backlog, -rows.Count);
        Interlocked.Exchange(ref _lastSuccess, time.GetUtcNow().ToUnixTimeSeconds());
        var (imported, duplicates, failed, errors) = Report(text);
        if (failed > 0)
        {
            PushLog.RowsRefused(logger, failed, errors);
        }

        PushLog.DlqPushed(logger, rows.Count, imported, duplicates, rows[^1].Id);
        return (rows.Count, false, null);
    }

    private static (long Imported, long Duplicates, long Failed, string Errors) Report(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            long Number(string name) => root.TryGetProperty(name, out var v) && v.TryGetInt64(out var n) ? n : 0;
            var errors = root.TryGetProperty("errors", out var e) ? Clip(e.GetRawText()) : "";
            return (Number("imported"), Number("duplicates"), Number("failed"), errors);
        }
        catch (JsonException)
        {
            return (0, 0, 0, "");
        }
    }

    private static string Clip(string text) => text.Length <= 300 ? text : text[..300];
}
