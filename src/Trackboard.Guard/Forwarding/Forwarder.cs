using System.Diagnostics;
using System.Globalization;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Storage;
using Trackboard.Guard.Tracing;

namespace Trackboard.Guard.Forwarding;

/// <summary>
/// Drains the outbox, destination by destination: each destination has its own outbox rows, its own
/// <c>worker_count</c> workers and its own retry state, so one that is down does not hold up the others.
/// Workers wait on the destination's outbox signal or the next due time (no polling while work waits), retry
/// with backoff and Retry-After, and park rows that cannot be delivered in the DLQ as <c>delivery_failed</c>.
/// At-least-once per destination: a row leaves the outbox only once acknowledged or parked.
/// </summary>
internal sealed class Forwarder(GuardOptions options, GuardStore store, HttpClient http, TimeProvider time, GuardMetrics metrics, ILoggerFactory loggers)
    : BackgroundService
{
    // Rows queued by another process (a `replay` run) raise no in-process signal; an idle worker looks again this often.
    private static readonly TimeSpan s_idleCheck = TimeSpan.FromSeconds(2);

    // After a partial batch, events are still trickling in: a short pause lets the next batch fill up, so a steady
    // stream of single calls is sent in batches instead of one round trip (and two store writes) per few events.
    private static readonly TimeSpan s_linger = TimeSpan.FromMilliseconds(5);

    // A worker leases up to this many batches at once and sends them one after the other. Under a backlog each lease
    // and each group commit then carries hundreds of rows: the store's commit latency, not the destination, used to cap
    // forwarding at about batch_size × worker_count rows per two commits while a heavy ingest shared the writer.
    private const int BatchesPerLease = 8;
    private readonly CancellationTokenSource _sendAbort = new();
    private readonly ILogger _logger = loggers.CreateLogger<Forwarder>();

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

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(options.AllDestinations().Where(d => d.Url.Length > 0).Select(d => RunDestinationAsync(d, stoppingToken)));

    private async Task RunDestinationAsync(DestinationOptions destination, CancellationToken stoppingToken)
    {
        await using var sender = destination.Kind == DestinationKind.Nats
            ? (DestinationSender)new NatsDestinationSender(destination, time, _logger)
            : new HttpDestinationSender(destination, http, time);
        var state = new DestinationState();
        await Task.WhenAll(Enumerable.Range(0, options.WorkerCount).Select(_ => Task.Run(() => WorkAsync(destination, sender, state, stoppingToken), stoppingToken)))
            .ConfigureAwait(false);
    }

    private async Task WorkAsync(DestinationOptions destination, DestinationSender sender, DestinationState state, CancellationToken stoppingToken)
    {
        var completions = new List<Task>();
        try
        {
            await WorkLoopAsync(destination, sender, state, completions, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            // Acknowledged batches are recorded before the worker ends, and so before the store closes at shutdown.
            await Task.WhenAll(completions).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private async Task WorkLoopAsync(DestinationOptions destination, DestinationSender sender, DestinationState state, List<Task> completions,
        CancellationToken stoppingToken)
    {
        var signal = store.SignalFor(destination.Name);
        var leaseSize = destination.BatchSize * BatchesPerLease;
        var trickling = false;
        Task<(IReadOnlyList<OutboxRow> Rows, long? NextDueAt)>? prefetched = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var held = state.HoldUntil - time.GetUtcNow().ToUnixTimeMilliseconds();
                if (held > 0 && prefetched is null)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(held), time, stoppingToken).ConfigureAwait(false);
                    trickling = false;
                    continue;
                }

                if (trickling)
                {
                    await Task.Delay(s_linger, time, stoppingToken).ConfigureAwait(false);
                }

                var (rows, nextDue) = await (prefetched ?? store.LeaseAsync(destination.Name, leaseSize, stoppingToken)).ConfigureAwait(false);
                prefetched = null;
                trickling = rows.Count > 0 && rows.Count < destination.BatchSize;
                if (rows.Count == 0)
                {
                    var untilDue = nextDue is { } due ? TimeSpan.FromMilliseconds(Math.Max(0, due - time.GetUtcNow().ToUnixTimeMilliseconds())) : s_idleCheck;
                    await signal.WaitAsync(untilDue < s_idleCheck ? untilDue : s_idleCheck, time, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                if (rows.Count == leaseSize || nextDue <= time.GetUtcNow().ToUnixTimeMilliseconds())
                {
                    signal.Set();
                }

                // Under a backlog the next lease is fetched while this one is on the wire, so its store round trip
                // (a group commit shared with the ingest) does not add to the time of every lease.
                if (rows.Count == leaseSize)
                {
                    prefetched = store.LeaseAsync(destination.Name, leaseSize, stoppingToken);
                }

                // Recording acknowledged batches is not waited for lease by lease (a group commit each): only how many
                // records are outstanding is bounded.
                completions.RemoveAll(c => c.IsCompleted);
                if (completions.Count >= 2 * BatchesPerLease)
                {
                    await Task.WhenAll(completions).ConfigureAwait(false);
                    completions.Clear();
                }

                if (await SendLeaseAsync(destination, sender, rows, state, completions, stoppingToken).ConfigureAwait(false) is { } failedUntil)
                {
                    if (prefetched is not null)
                    {
                        // The prefetched rows were not tried: they wait as long as the failed batch.
                        var (untried, _) = await prefetched.ConfigureAwait(false);
                        prefetched = null;
                        await PersistAsync(() => store.DeferAsync(untried, failedUntil, CancellationToken.None), stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is StoreUnavailableException or InvalidOperationException)
            {
                // A failed prefetch is dropped (it leased nothing); one still running or done is used by the next round.
                if (prefetched is { IsCompleted: true, IsCompletedSuccessfully: false })
                {
                    prefetched = null;
                }

                GuardLog.ForwarderFailed(_logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Sends a lease in batches of <c>batch_size</c>. Acknowledged batches are recorded without waiting (the records join
    /// <paramref name="completions"/> and share the next group commit); a refused batch is parked and the next one goes out; after a retryable failure the batches
    /// not yet sent wait as long as the failed one, without counting an attempt. Returns that time after a retryable
    /// failure (null otherwise), for rows leased but not yet sent elsewhere.
    /// </summary>
    private async Task<DateTimeOffset?> SendLeaseAsync(DestinationOptions destination, DestinationSender sender, IReadOnlyList<OutboxRow> rows, DestinationState state,
        List<Task> completions, CancellationToken stoppingToken)
    {
        for (var offset = 0; offset < rows.Count; offset += destination.BatchSize)
        {
            if (state.HoldUntil is var hold && hold > time.GetUtcNow().ToUnixTimeMilliseconds())
            {
                // Another worker saw the destination fail: the rest of this lease waits with the others.
                var rest = Slice(rows, offset, rows.Count - offset);
                var until = DateTimeOffset.FromUnixTimeMilliseconds(hold);
                await PersistAsync(() => store.DeferAsync(rest, until, CancellationToken.None), stoppingToken).ConfigureAwait(false);
                return until;
            }

            var batch = offset == 0 && rows.Count <= destination.BatchSize ? rows : Slice(rows, offset, destination.BatchSize);
            SendResult result;
            using (var activity = GuardTracing.StartForward(destination, batch.Count))
            {
                var started = Stopwatch.GetTimestamp();
                result = await sender.SendAsync(batch, _sendAbort.Token).ConfigureAwait(false);
                metrics.ForwardLatency.Observe(Stopwatch.GetElapsedTime(started));
                GuardTracing.Forwarded(activity, result);
            }

            if (result.Delivered.Count > 0)
            {
                state.Delivered();
                completions.Add(PersistAsync(() => store.CompleteAsync(result.Delivered, CancellationToken.None), stoppingToken));
                metrics.Forwarded.Add(result.Delivered.Count);
            }

            if (result.Failed.Count == 0)
            {
                continue;
            }

            if (result.Aborted)
            {
                // Shutdown ran out of time: the rows stay in the outbox and go out after the restart.
                return null;
            }

            if (result.RejectReason is { } reason)
            {
                await ParkAsync(destination, result.Failed, reason, stoppingToken).ConfigureAwait(false);
                continue;
            }

            var retryAt = await RetryLaterAsync(destination, result, state.ConsecutiveFailures, stoppingToken).ConfigureAwait(false) ?? time.GetUtcNow();
            state.Failed(retryAt.ToUnixTimeMilliseconds());
            var unsent = rows.Count - offset - batch.Count;
            if (unsent > 0)
            {
                var rest = Slice(rows, offset + batch.Count, unsent);
                await PersistAsync(() => store.DeferAsync(rest, retryAt, CancellationToken.None), stoppingToken).ConfigureAwait(false);
            }

            return retryAt;
        }

        return null;
    }

    private static OutboxRow[] Slice(IReadOnlyList<OutboxRow> rows, int offset, int count)
    {
        var slice = new OutboxRow[Math.Min(count, rows.Count - offset)];
        for (var i = 0; i < slice.Length; i++)
        {
            slice[i] = rows[offset + i];
        }

        return slice;
    }

    /// <summary>
    /// Records a send's outcome, trying again while the store cannot write (a full disk): the rows stay leased
    /// meanwhile, so no other worker sends them, and a restart frees them (at-least-once).
    /// </summary>
    private async Task PersistAsync(Func<Task> write, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await write().ConfigureAwait(false);
                return;
            }
            catch (StoreUnavailableException ex)
            {
                GuardLog.ForwarderFailed(_logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ParkAsync(DestinationOptions destination, IReadOnlyList<OutboxRow> rows, string reason, CancellationToken stoppingToken)
    {
        await PersistAsync(() => store.ParkAsync(rows, reason, CancellationToken.None), stoppingToken).ConfigureAwait(false);
        metrics.Parked.Add(rows.Count);
        GuardLog.DeliveryParked(_logger, destination.Name, rows.Count, reason);
    }

    /// <summary>
    /// Parks what ran out of attempts or age and schedules the rest; returns when they are due (null when none is left).
    /// The backoff counts the rows' attempts or the destination's failures in a row, whichever is more.
    /// </summary>
    private async Task<DateTimeOffset?> RetryLaterAsync(DestinationOptions destination, SendResult result, int failuresInARow, CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var retry = options.Retry;
        var exhausted = result.Failed.Where(r => r.Attempts + 1 >= retry.MaxAttempts).ToList();
        var expired = result.Failed.Except(exhausted).Where(r => now.ToUnixTimeMilliseconds() - r.ReceivedAt >= retry.MaxAge.TotalMilliseconds).ToList();
        var again = result.Failed.Except(exhausted).Except(expired).ToList();
        foreach (var (parked, reason) in new[] { (exhausted, "max_attempts"), (expired, "max_age") })
        {
            if (parked.Count > 0)
            {
                await ParkAsync(destination, parked, reason, stoppingToken).ConfigureAwait(false);
            }
        }

        if (again.Count == 0)
        {
            return null;
        }

        var delay = Backoff.Delay(Math.Max(again.Max(r => r.Attempts), failuresInARow) + 1, retry, Random.Shared.NextDouble());
        if (result.RetryAfter > delay)
        {
            delay = result.RetryAfter.Value;
        }

        var error = result.Failure?.Message ?? "HTTP " + result.Status.ToString(CultureInfo.InvariantCulture);
        await PersistAsync(() => store.RetryAsync(again, now + delay, error, CancellationToken.None), stoppingToken).ConfigureAwait(false);
        metrics.Retried.Add(again.Count);
        if (result.Failure is null)
        {
            GuardLog.DeliveryRetry(_logger, destination.Name, result.Status, again.Count, delay);
        }
        else
        {
            GuardLog.DeliveryError(_logger, destination.Name, again.Count, delay, result.Failure);
        }

        return now + delay;
    }
}
