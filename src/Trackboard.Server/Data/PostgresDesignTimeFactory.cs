using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Trackboard.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add --context PostgresTrackboardDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrackboardDbContext>
{
    public PostgresTrackboardDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrackboardDbContext>().UseNpgsql("Host=localhost;Database=trackboard").Options);
}
