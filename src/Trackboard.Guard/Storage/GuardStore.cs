using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.Storage;

/// <summary>
/// The SQLite store behind one writer loop. Concurrent callers queue work; the loop runs everything queued
/// in one transaction (group commit: one fsync for many requests) and completes each caller only after the
/// commit, so a 2xx answered after <see cref="CommitIngestAsync"/> is durable.
/// </summary>
internal sealed class GuardStore : IAsyncDisposable
{
    private const int MaxGroup = 512;
    private readonly Channel<StoreWork> _queue = Channel.CreateUnbounded<StoreWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly GuardOptions _options;
    private readonly TimeProvider _time;
    private readonly GuardMetrics _metrics;
    private readonly ILogger<GuardStore> _logger;
    private SqliteConnection? _connection;
    private StoreCommands? _commands;
    private Task _loop = Task.CompletedTask;
    private readonly Dictionary<string, ForwardSignal> _signals;
    private long _lastPurge;

    public GuardStore(GuardOptions options, TimeProvider time, GuardMetrics metrics, ILogger<GuardStore> logger)
    {
        _options = options;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _signals = options.AllDestinations().ToDictionary(d => d.Name, _ => new ForwardSignal(), StringComparer.Ordinal);
        metrics.Gauge("trackboard_guard_outbox_depth", "Events waiting to be forwarded.", () => Counts().Outbox);
        metrics.Gauge("trackboard_guard_dlq_depth", "Rows in the DLQ.", () => Counts().Dlq);
    }

    /// <summary>Raised (outside the transaction) after outbox rows of <paramref name="destination"/> were added or became due.</summary>
    public ForwardSignal SignalFor(string destination) => _signals[destination];

    public bool IsOpen => _connection is not null;

    public string File => _options.StoreFile;

    private string ReaderConnectionString => new SqliteConnectionStringBuilder { DataSource = _options.StoreFile, Mode = SqliteOpenMode.ReadOnly }.ToString();

    public void Open()
    {
        _connection = StoreSchema.Open(_options.StoreFile, _options.Durability, _options.Limits.MaxStoreBytes);
        // Leases are in-process state: after a restart every row is free to send again (at-least-once).
        StoreSchema.Execute(_connection, "UPDATE outbox SET leased = 0 WHERE leased = 1");
        _commands = new StoreCommands(_connection);
        var (outbox, dlq) = Counts();
        GuardLog.StoreOpened(_logger, _options.StoreFile, outbox, dlq);
        _loop = Task.Run(RunAsync);
        if (outbox > 0)
        {
            SignalAll();
        }
    }

    /// <summary>Commits the records; returns per record whether it was a duplicate messageId (and so not stored).</summary>
    public async Task<bool[]> CommitIngestAsync(IReadOnlyList<IngestRecord> records, CancellationToken cancellationToken)
    {
        var duplicates = new bool[records.Count];
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        var cutoff = now - (long)_options.DedupeWindow.TotalMilliseconds;
        var addsOutbox = false;
        await RunWorkAsync((_, tx) =>
        {
            var c = _commands!;
            for (var i = 0; i < records.Count; i++)
            {
                var r = records[i];
                if (r.MessageId is not null && _options.DedupeWindow > TimeSpan.Zero && !c.Remember(tx, r.Source + "\n" + r.MessageId, now, cutoff))
                {
                    duplicates[i] = true;
                    continue;
                }

                foreach (var copy in r.Copies)
                {
                    c.InsertOutbox(tx, r.MessageId, r.Source, r.EventName, copy, now, now);
                    addsOutbox = true;
                }

                if (r.Dlq is { } d)
                {
                    c.InsertDlq(tx, r.MessageId, r.Source, r.CallType, r.EventName, d, now);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        if (addsOutbox)
        {
            SignalAll();
        }

        return duplicates;
    }

    /// <summary>Leases up to <paramref name="max"/> due rows; returns them and when the next non-due row is due.</summary>
    public async Task<(IReadOnlyList<OutboxRow> Rows, long? NextDueAt)> LeaseAsync(string destination, int max, CancellationToken cancellationToken)
    {
        var rows = new List<OutboxRow>();
        long? nextDue = null;
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        await RunWorkAsync((_, tx) => nextDue = _commands!.Lease(tx, destination, now, max, rows), cancellationToken).ConfigureAwait(false);
        return (rows, nextDue);
    }

    public Task CompleteAsync(IReadOnlyList<OutboxRow> rows, CancellationToken cancellationToken) =>
        RunWorkAsync((_, tx) => _commands!.DeleteOutbox(tx, rows), cancellationToken);

    public Task RetryAsync(IReadOnlyList<OutboxRow> rows, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken) =>
        RunWorkAsync((_, tx) =>
        {
            foreach (var row in rows)
            {
                _commands!.Retry(tx, row.Id, nextAttempt.ToUnixTimeMilliseconds(), error);
            }
        }, cancellationToken);

    /// <summary>Gives leased rows that were not sent back to the outbox, due at <paramref name="dueAt"/>, without counting an attempt.</summary>
    public Task DeferAsync(IReadOnlyList<OutboxRow> rows, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        RunWorkAsync((_, tx) => _commands!.Defer(tx, rows, dueAt.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>Moves rows to the DLQ as <c>delivery_failed</c> with the reason.</summary>
    public Task ParkAsync(IReadOnlyList<OutboxRow> rows, string reason, CancellationToken cancellationToken) =>
        RunWorkAsync((_, tx) =>
        {
            foreach (var row in rows)
            {
                _commands!.InsertDlq(tx, row.MessageId, row.Source, CallTypeOf(row.Body), row.EventName,
                    new DlqEntry(DlqKinds.DeliveryFailed, reason, null, null, row.Body, false, row.Destination), row.ReceivedAt);
            }

            _commands!.DeleteOutbox(tx, rows);
        }, cancellationToken);

    /// <summary>Counts read on a separate connection (WAL readers do not block the writer).</summary>
    public (long Outbox, long Dlq) Counts()
    {
        if (_connection is null)
        {
            return (0, 0);
        }

        using var reader = new SqliteConnection(ReaderConnectionString);
        reader.Open();
        using var command = reader.CreateCommand();
        command.CommandText = "SELECT (SELECT COUNT(*) FROM outbox), (SELECT COUNT(*) FROM dlq)";
        using var result = command.ExecuteReader();
        result.Read();
        return (result.GetInt64(0), result.GetInt64(1));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _commands?.Dispose();
        // Pooled readers would keep the file open: the writer must be the last connection, so that SQLite checkpoints
        // the WAL into the database and removes it on close.
        using (var reader = new SqliteConnection(ReaderConnectionString))
        {
            SqliteConnection.ClearPool(reader);
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    private void SignalAll()
    {
        foreach (var signal in _signals.Values)
        {
            signal.Set();
        }
    }

    private static string CallTypeOf(byte[] body)
    {
        var reader = new System.Text.Json.Utf8JsonReader(body);
        if (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
            {
                var isType = reader.ValueTextEquals("type"u8);
                reader.Read();
                if (isType && reader.TokenType == System.Text.Json.JsonTokenType.String)
                {
                    return reader.GetString()!;
                }

                reader.Skip();
            }
        }

        return "track";
    }

    private async Task RunWorkAsync(Action<SqliteConnection, SqliteTransaction> action, CancellationToken cancellationToken)
    {
        var work = new StoreWork(action);
        if (!_queue.Writer.TryWrite(work))
        {
            throw new StoreUnavailableException("store_closed", new InvalidOperationException("The store is shutting down."));
        }

        // The caller may stop waiting, but the work is already queued and will commit or fail on its own.
        await work.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var group = new List<StoreWork>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var work))
            {
                group.Add(work);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                using (var tx = _connection!.BeginTransaction())
                {
                    foreach (var work in group)
                    {
                        work.Run(_connection, tx);
                    }

                    PurgeDedupe(tx);
                    tx.Commit();
                }

                foreach (var work in group)
                {
                    work.TrySetResult();
                }
            }
            catch (SqliteException ex)
            {
                var code = ex.SqliteErrorCode == 13 ? "store_full" : "store_unavailable";
                GuardLog.CommitFailed(_logger, code, group.Count, ex);
                foreach (var work in group)
                {
                    work.TrySetException(new StoreUnavailableException(code, ex));
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
            {
                GuardLog.CommitFailed(_logger, "store_unavailable", group.Count, ex);
                foreach (var work in group)
                {
                    work.TrySetException(new StoreUnavailableException("store_unavailable", ex));
                }
            }

            _metrics.CommitLatency.Observe(Stopwatch.GetElapsedTime(started));
        }
    }

    private void PurgeDedupe(SqliteTransaction tx)
    {
        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        if (now - _lastPurge < 60_000)
        {
            return;
        }

        _lastPurge = now;
        _commands!.PurgeDedupe(tx, now - (long)_options.DedupeWindow.TotalMilliseconds);
    }
}
