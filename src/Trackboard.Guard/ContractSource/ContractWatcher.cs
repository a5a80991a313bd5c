using System.Runtime.InteropServices;

namespace Trackboard.Guard.ContractSource;

/// <summary>Reloads the contract when its file changes or the process gets SIGHUP.</summary>
internal sealed class ContractWatcher(ContractHolder holder, TimeProvider time) : BackgroundService
{
    // Editors and `cp` write in several steps; wait for the writes to settle before reading.
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(150);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changed = new SemaphoreSlim(0);
        var full = Path.GetFullPath(holder.File);
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(full)!, Path.GetFileName(full))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
        };
        FileSystemEventHandler onChange = (_, _) => changed.Release();
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Renamed += (_, _) => changed.Release();
        watcher.EnableRaisingEvents = true;
        using var hangup = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            changed.Release();
        });

        while (!stoppingToken.IsCancellationRequested)
        {
            await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
            await Task.Delay(s_settle, time, stoppingToken).ConfigureAwait(false);
            while (changed.CurrentCount > 0)
            {
                await changed.WaitAsync(stoppingToken).ConfigureAwait(false);
            }

            holder.Reload();
        }
    }
}
