namespace Trackboard.Server.Tests.Support;

public sealed class SqliteServerFixture : ServerFixture
{
    public override string Provider => "sqlite";

    protected override Task<string> ConnectionStringAsync(string dataDirectory) =>
        Task.FromResult($"Data Source={Path.Combine(dataDirectory, "trackboard.db")};Default Timeout=60");
}
