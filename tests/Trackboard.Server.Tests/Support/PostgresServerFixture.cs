namespace Trackboard.Server.Tests.Support;

public sealed class PostgresServerFixture : ServerFixture
{
    public override string Provider => "postgres";

    protected override bool Available => PostgresCluster.IsCi || PostgresCluster.MissingReason is null;

    protected override async Task<string> ConnectionStringAsync(string dataDirectory)
    {
        var cluster = await PostgresCluster.SharedAsync();
        return await cluster.CreateDatabaseAsync();
    }
}
