using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Trackboard.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteTrackboardDbContext</c> build the context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrackboardDbContext>
{
    public SqliteTrackboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrackboardDbContext>().UseSqlite("Data Source=design.db").Options);
}
