using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests;

public sealed class PostgresServerTests(PostgresServerFixture fixture) : IClassFixture<PostgresServerFixture>
{
    [PostgresTheory]
    [MemberData(nameof(ScenarioCatalog.All), MemberType = typeof(ScenarioCatalog))]
    public Task Scenario_OnPostgres_Passes(string scenario) => ScenarioCatalog.RunAsync(scenario, fixture);
}
