namespace Trackboard.Server.Tests.Support;

/// <summary>The Server on real Kestrel (127.0.0.1, a free port) over a temp SQLite file, for clients that run as their own processes.</summary>
public sealed class KestrelServerFixture : ServerFixture
{
    public override string Provider => "sqlite";

    protected override bool Kestrel => true;

    protected override Task<string> ConnectionStringAsync(string dataDirectory) =>
        Task.FromResult($"Data Source={Path.Combine(dataDirectory, "trackboard.db")};Default Timeout=60");
}
