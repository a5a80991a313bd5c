using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests;

public sealed class SqliteServerTests(SqliteServerFixture fixture) : IClassFixture<SqliteServerFixture>
{
    [Theory]
    [MemberData(nameof(ScenarioCatalog.All), MemberType = typeof(ScenarioCatalog))]
    public Task Scenario_OnSqlite_Passes(string scenario) => ScenarioCatalog.RunAsync(scenario, fixture);
}
