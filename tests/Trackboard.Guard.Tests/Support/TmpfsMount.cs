using System.Diagnostics;
using System.Globalization;

namespace Trackboard.Guard.Tests.Support;

/// <summary>A small tmpfs mounted on a temp folder (root on Linux only): a real disk that fills up, and grows on remount.</summary>
public sealed class TmpfsMount : IAsyncDisposable
{
    private TmpfsMount(string path) => Path = path;

    public string Path { get; }

    /// <summary>Why a tmpfs cannot be mounted here, or null when it can.</summary>
    public static string? MissingReason =>
        !OperatingSystem.IsLinux() ? "tmpfs mounts need Linux."
        : !Environment.IsPrivilegedProcess ? "Mounting a tmpfs needs root (scripts/test.sh runs as root in CI)."
        : null;

    public static async Task<TmpfsMount> MountAsync(int kibibytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "guard-tmpfs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        await RunAsync("mount", "-t", "tmpfs", "-o", Size(kibibytes), "tmpfs", path);
        return new TmpfsMount(path);
    }

    /// <summary>Gives the disk more room (the files on it stay).</summary>
    public Task ResizeAsync(int kibibytes) => RunAsync("mount", "-o", "remount," + Size(kibibytes), Path);

    public async ValueTask DisposeAsync()
    {
        await RunAsync("umount", "-l", Path);
        Directory.Delete(Path);
    }

    private static string Size(int kibibytes) => "size=" + kibibytes.ToString(CultureInfo.InvariantCulture) + "k";

    private static async Task RunAsync(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}");
        }
    }
}
