using Npgsql;

namespace Trackboard.Server.Live;

/// <summary>
/// On PostgreSQL: holds one connection that LISTENs on <see cref="LiveFeed.Channel"/> and delivers what it hears to this
/// instance's feeds; reconnects with backoff when the connection drops. Does nothing on SQLite.
/// </summary>
internal sealed partial class PostgresLiveListener(LiveFeed feed, IConfiguration configuration, TimeProvider time, ILogger<PostgresLiveListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!feed.UsesNotify)
        {
            return;
        }
        // A connection of its own, outside the pool, so the LISTEN is never reset or shared with EF's queries.
        var builder = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Trackboard")) { Pooling = false, KeepAlive = 30 };
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                connection.Notification += (_, e) => feed.DeliverJson(e.Payload);
                await connection.OpenAsync(stoppingToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {LiveFeed.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }
                feed.MarkListening();
                LogListening(logger);
                delay = TimeSpan.FromSeconds(1);
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                LogLost(logger, delay, e);
                await Task.Delay(delay, time, stoppingToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxDelay.Ticks));
            }
        }
    }

    [LoggerMessage(EventId = 40, Level = LogLevel.Information, Message = "Live feed listening for results of every instance (PostgreSQL LISTEN)")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(EventId = 41, Level = LogLevel.Warning, Message = "Live feed connection lost; reconnecting in {Delay}")]
    private static partial void LogLost(ILogger logger, TimeSpan delay, Exception exception);
}
