using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Trackboard.Server.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: initdb into /tmp, listen on 127.0.0.1 at a free port,
/// fsync off; stopped when the test process exits. Each fixture gets its own database.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> s_shared = new(StartAsync);
    private readonly string _binDir;
    private readonly string _dataDir;

    private PostgresCluster(string binDir, string dataDir, int port)
    {
        _binDir = binDir;
        _dataDir = dataDir;
        Port = port;
    }

    public int Port { get; }

    public static bool IsCi => Environment.GetEnvironmentVariable("TRACKBOARD_CI") == "1";

    /// <summary>Why PostgreSQL tests cannot run here, or null when they can.</summary>
    public static string? MissingReason => FindBinDir() is null
        ? "PostgreSQL binaries (initdb, pg_ctl) not found in /usr/local/bin or /usr/lib/postgresql/*/bin; install postgresql (scripts/test.sh does)."
        : null;

    public static Task<PostgresCluster> SharedAsync() => s_shared.Value;

    public async Task<string> CreateDatabaseAsync()
    {
        var name = "tb_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=50;Timeout=30;Command Timeout=60";

    private static async Task<PostgresCluster> StartAsync()
    {
        var bin = FindBinDir() ?? throw new InvalidOperationException(MissingReason);
        var dataDir = Path.Combine(Path.GetTempPath(), "tb-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(dataDir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", dataDir], false);
        }
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync"], asRoot);
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "pg_ctl"),
            ["-D", dataDir, "-o", $"-c listen_addresses=127.0.0.1 -p {port} -k {dataDir} -c fsync=off -c max_connections=200", "-l", Path.Combine(dataDir, "log"), "-w", "start"], asRoot);
        var cluster = new PostgresCluster(bin, dataDir, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(asRoot);
        return cluster;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            RunAsync(Path.Combine(_binDir, "pg_ctl"), ["-D", _dataDir, "-m", "immediate", "stop"], asRoot).GetAwaiter().GetResult();
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (InvalidOperationException)
        {
        }
        catch (IOException)
        {
        }
    }

    private static string? FindBinDir()
    {
        if (File.Exists("/usr/local/bin/initdb") && File.Exists("/usr/local/bin/pg_ctl"))
        {
            return "/usr/local/bin";
        }
        if (!Directory.Exists("/usr/lib/postgresql"))
        {
            return null;
        }
        return Directory.GetDirectories("/usr/lib/postgresql").Order(StringComparer.Ordinal).Reverse()
            .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string file, string[] args, bool asPostgres)
    {
        var start = asPostgres ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", file, .. args]) : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
