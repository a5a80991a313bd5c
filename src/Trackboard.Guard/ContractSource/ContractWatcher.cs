using System.Runtime.InteropServices;

namespace Trackboard.Guard.ContractSource;

/// <summary>Reloads the contract when its file changes or the process gets SIGHUP.</summary>
internal sealed class ContractWatcher(ContractHolder holder, TimeProvider time) : BackgroundService
{
    // Editors and `cp` write in several steps; wait for the writes to settle before reading.
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(150);
    private readonly SemaphoreSlim _changed = new(0);
    private FileSystemWatcher? _watcher;
    private PosixSignalRegistration? _hangup;

    // Watch before start-up completes: ExecuteAsync runs on the thread pool, and a change made right after
    // start (the contract loaded, Kestrel listening) must not slip past a watcher that does not exist yet.
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(holder.File);
        _watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        FileSystemEventHandler onChange = (_, _) => _changed.Release();
        _watcher.Changed += onChange;
        _watcher.Created += onChange;
        _watcher.Renamed += (_, _) => _changed.Release();
        _watcher.EnableRaisingEvents = true;
        _hangup = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            _changed.Release();
        });
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _hangup?.Dispose();
        _changed.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _changed.WaitAsync(stoppingToken).ConfigureAwait(false);
            await Task.Delay(s_settle, time, stoppingToken).ConfigureAwait(false);
            while (_changed.CurrentCount > 0)
            {
                await _changed.WaitAsync(stoppingToken).ConfigureAwait(false);
            }

            holder.Reload();
        }
    }
}
