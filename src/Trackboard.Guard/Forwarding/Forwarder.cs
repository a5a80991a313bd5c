using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Forwarding;

/// <summary>
/// Sends outbox rows to the destination in Segment batch format. Workers wait on the outbox signal or the
/// next due time (no polling while work waits), retry with backoff and Retry-After, and park rows that
/// cannot be delivered in the DLQ as <c>delivery_failed</c>. At-least-once: a row leaves the outbox only
/// after a 2xx or when parked.
/// </summary>
internal sealed class Forwarder(GuardOptions options, GuardStore store, HttpClient http, TimeProvider time, GuardMetrics metrics, ILogger<Forwarder> logger)
    : BackgroundService
{
    // Rows queued by another process (a `replay` run) raise no in-process signal; an idle worker looks again this often.
    private static readonly TimeSpan s_idleCheck = TimeSpan.FromSeconds(2);
    private readonly CancellationTokenSource _sendAbort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking new batches at once; let batches on the wire finish within the shutdown bound.
        _sendAbort.CancelAfter(options.ShutdownTimeout);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _sendAbort.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Destination.Url.Length == 0)
        {
            return Task.CompletedTask;
        }

        return Task.WhenAll(Enumerable.Range(0, options.WorkerCount).Select(_ => Task.Run(() => WorkAsync(stoppingToken), stoppingToken)));
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (rows, nextDue) = await store.LeaseAsync(options.Destination.BatchSize, stoppingToken).ConfigureAwait(false);
                if (rows.Count == 0)
                {
                    var untilDue = nextDue is { } due ? TimeSpan.FromMilliseconds(Math.Max(0, due - time.GetUtcNow().ToUnixTimeMilliseconds())) : s_idleCheck;
                    await store.OutboxSignal.WaitAsync(untilDue < s_idleCheck ? untilDue : s_idleCheck, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (rows.Count == options.Destination.BatchSize || nextDue <= time.GetUtcNow().ToUnixTimeMilliseconds())
                {
                    store.OutboxSignal.Set();
                }

                await SendAsync(rows, _sendAbort.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is StoreUnavailableException or InvalidOperationException)
            {
                GuardLog.ForwarderFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SendAsync(IReadOnlyList<OutboxRow> rows, CancellationToken abort)
    {
        var started = Stopwatch.GetTimestamp();
        int status;
        TimeSpan? retryAfter = null;
        Exception? failure = null;
        try
        {
            using var timeout = new CancellationTokenSource(options.Destination.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, abort);
            using var request = new HttpRequestMessage(HttpMethod.Post, options.Destination.Url) { Content = BatchContent(rows) };
            if (options.Destination.WriteKey.Length > 0)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Destination.WriteKey + ":")));
            }

            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            retryAfter = Backoff.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            if (abort.IsCancellationRequested)
            {
                // Shutdown ran out of time: the rows stay in the outbox and go out after the restart.
                return;
            }

            status = 0;
            failure = ex;
        }

        metrics.ForwardLatency.Observe(Stopwatch.GetElapsedTime(started));
        if (status is >= 200 and < 300)
        {
            await store.CompleteAsync(rows, CancellationToken.None).ConfigureAwait(false);
            metrics.Forwarded.Add(rows.Count);
            return;
        }

        if (status is >= 400 and < 500 and not 408 and not 429)
        {
            var reason = "destination_rejected_" + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await store.ParkAsync(rows, reason, CancellationToken.None).ConfigureAwait(false);
            metrics.Parked.Add(rows.Count);
            GuardLog.DeliveryParked(logger, rows.Count, reason);
            return;
        }

        await RetryLaterAsync(rows, status, retryAfter, failure).ConfigureAwait(false);
    }

    private async Task RetryLaterAsync(IReadOnlyList<OutboxRow> rows, int status, TimeSpan? retryAfter, Exception? failure)
    {
        var now = time.GetUtcNow();
        var retry = options.Retry;
        var exhausted = rows.Where(r => r.Attempts + 1 >= retry.MaxAttempts).ToList();
        var expired = rows.Except(exhausted).Where(r => now.ToUnixTimeMilliseconds() - r.ReceivedAt >= retry.MaxAge.TotalMilliseconds).ToList();
        var again = rows.Except(exhausted).Except(expired).ToList();
        foreach (var (parked, reason) in new[] { (exhausted, "max_attempts"), (expired, "max_age") })
        {
            if (parked.Count > 0)
            {
                await store.ParkAsync(parked, reason, CancellationToken.None).ConfigureAwait(false);
                metrics.Parked.Add(parked.Count);
                GuardLog.DeliveryParked(logger, parked.Count, reason);
            }
        }

        if (again.Count == 0)
        {
            return;
        }

        var delay = Backoff.Delay(again.Max(r => r.Attempts) + 1, retry, Random.Shared.NextDouble());
        if (retryAfter > delay)
        {
            delay = retryAfter.Value;
        }

        var error = failure?.Message ?? "HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await store.RetryAsync(again, now + delay, error, CancellationToken.None).ConfigureAwait(false);
        metrics.Retried.Add(again.Count);
        if (failure is null)
        {
            GuardLog.DeliveryRetry(logger, status, again.Count, delay);
        }
        else
        {
            GuardLog.DeliveryError(logger, again.Count, delay, failure);
        }
    }

    private ByteArrayContent BatchContent(IReadOnlyList<OutboxRow> rows)
    {
        var sentAt = Encoding.UTF8.GetBytes(time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var size = rows.Sum(r => r.Body.Length + 1) + sentAt.Length + 32;
        var buffer = new byte[size];
        var at = 0;
        void Put(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(buffer.AsSpan(at));
            at += bytes.Length;
        }

        Put("{\"batch\":["u8);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                Put(","u8);
            }

            Put(rows[i].Body);
        }

        Put("],\"sentAt\":\""u8);
        Put(sentAt);
        Put("\"}"u8);
        var content = new ByteArrayContent(buffer, 0, at);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
