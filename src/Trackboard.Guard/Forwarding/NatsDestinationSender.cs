using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Hosting;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Forwarding;

/// <summary>
/// A NATS JetStream subject: each event is one publish of the forwarded bytes with <c>Nats-Msg-Id</c> = its
/// <c>messageId</c>, so the stream drops the copies at-least-once delivery sends again. A row counts as delivered
/// only when the stream acknowledged it (a duplicate acknowledgement included).
/// </summary>
internal sealed class NatsDestinationSender(DestinationOptions destination, TimeProvider time, ILogger logger) : DestinationSender
{
    private readonly SemaphoreSlim _connect = new(1, 1);
    private NatsConnection? _connection;
    private NatsJSContext? _jetStream;

    public override async Task<SendResult> SendAsync(IReadOnlyList<OutboxRow> rows, CancellationToken abort)
    {
        using var timeout = new CancellationTokenSource(destination.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, abort);
        NatsJSContext jetStream;
        try
        {
            jetStream = await JetStreamAsync(linked.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            return new SendResult([], rows) { Failure = ex, Aborted = abort.IsCancellationRequested };
        }

        var results = await Task.WhenAll(rows.Select(row => PublishAsync(jetStream, row, linked.Token))).ConfigureAwait(false);
        var delivered = new List<OutboxRow>(rows.Count);
        var failed = new List<OutboxRow>();
        Exception? failure = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (results[i] is { } error)
            {
                failed.Add(rows[i]);
                failure ??= error;
            }
            else
            {
                delivered.Add(rows[i]);
            }
        }

        return new SendResult(delivered, failed) { Failure = failure, Aborted = failed.Count > 0 && abort.IsCancellationRequested };
    }

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        _connect.Dispose();
    }

    private static bool IsTransient(Exception ex) => ex is NatsException or OperationCanceledException or TimeoutException or IOException;

    private async Task<Exception?> PublishAsync(NatsJSContext jetStream, OutboxRow row, CancellationToken cancellationToken)
    {
        try
        {
            var headers = row.MessageId is null ? null : new NatsHeaders { ["Nats-Msg-Id"] = row.MessageId };
            var ack = await jetStream.PublishAsync(destination.Subject, row.Body, headers: headers, cancellationToken: cancellationToken).ConfigureAwait(false);
            // A duplicate acknowledgement means the stream holds the message already (an earlier send whose ack was lost).
            if (!ack.Duplicate)
            {
                ack.EnsureSuccess();
            }

            return null;
        }
        catch (Exception ex) when (IsTransient(ex))
        {
            return ex;
        }
    }

    /// <summary>Connects on first use (and again after a failed first connect); creates the configured stream if it is missing.</summary>
    private async Task<NatsJSContext> JetStreamAsync(CancellationToken cancellationToken)
    {
        if (_jetStream is { } ready)
        {
            return ready;
        }

        await _connect.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_jetStream is not null)
            {
                return _jetStream;
            }

            var connection = new NatsConnection(new NatsOpts { Url = destination.Url, Name = "trackboard-guard", ConnectTimeout = destination.Timeout });
            try
            {
                await connection.ConnectAsync().ConfigureAwait(false);
                var jetStream = new NatsJSContext(connection);
                if (destination.Stream.Length > 0)
                {
                    await EnsureStreamAsync(jetStream, cancellationToken).ConfigureAwait(false);
                }

                (_connection, _jetStream) = (connection, jetStream);
                return jetStream;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            _connect.Release();
        }
    }

    private async Task EnsureStreamAsync(NatsJSContext jetStream, CancellationToken cancellationToken)
    {
        try
        {
            await jetStream.GetStreamAsync(destination.Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (NatsJSApiException ex) when (ex.Error.Code == 404)
        {
            await jetStream.CreateStreamAsync(new StreamConfig(destination.Stream, [destination.Subject]), cancellationToken).ConfigureAwait(false);
            GuardLog.NatsStreamCreated(logger, destination.Stream, destination.Subject);
        }
    }
}
