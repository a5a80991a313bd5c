using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Server.Data;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Hosting;

/// <summary>Creates and migrates the database on start (zero set-up) and loads the demo workspace when asked.</summary>
internal static partial class DatabaseStartup
{
    public const string DemoEmail = "demo@trackboard.local";
    public const string DemoPassword = "trackboard-demo";

    public static async Task PrepareDatabaseAsync(this IServiceProvider services, string[] args, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<TrackboardDbContext>();
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Trackboard.Server.Database");
        Directory.CreateDirectory(provider.GetRequiredService<DataDirectory>().Path);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers work while a writer commits; the busy timeout queues writers instead of failing them.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        LogMigrated(logger, db.Database.ProviderName ?? "unknown");
        var options = provider.GetRequiredService<IOptions<ServerOptions>>().Value;
        if (options.Demo || args.Contains("--demo", StringComparer.Ordinal))
        {
            await SeedDemoAsync(provider, db, options, logger, ct);
        }
    }

    private static async Task SeedDemoAsync(IServiceProvider provider, TrackboardDbContext db, ServerOptions options, ILogger logger, CancellationToken ct)
    {
        var normalized = DemoEmail.ToUpperInvariant();
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, ct))
        {
            LogDemoReady(logger, DemoEmail, DemoPassword);
            return;
        }
        var path = options.DemoContract ?? FindExample(provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath);
        var loaded = path is null ? null : ContractLoader.LoadFile(path);
        if (loaded?.Contract is null)
        {
            LogDemoMissing(logger, path ?? "examples/contracts/web-analytics.v1.json");
            return;
        }
        var time = provider.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow().UtcDateTime;
        var user = new User { Id = Guid.NewGuid(), Email = DemoEmail, NormalizedEmail = normalized, Name = "Demo", PasswordHash = "", CreatedAt = now };
        user.PasswordHash = provider.GetRequiredService<PasswordHasher<User>>().HashPassword(user, DemoPassword);
        var org = new Organization { Id = Guid.NewGuid(), Name = "Demo workspace", CreatedAt = now };
        var plan = new Plan
        {
            Id = Guid.NewGuid(), OrgId = org.Id, Name = loaded.Contract.Name ?? "Web analytics", Description = loaded.Contract.Description,
            DraftRevision = 1, CreatedAt = now, UpdatedAt = now,
        };
        db.AddRange(user, org, plan, new Membership { OrgId = org.Id, UserId = user.Id, Role = OrgRole.Owner, CreatedAt = now });
        var state = await DraftState.LoadAsync(db, plan, ct);
        DraftRows.Replace(db, state, JsonNode.Parse(CanonicalJson.Export(loaded.Contract))!.AsObject(), now);
        await db.SaveChangesAsync(ct);
        LogDemoReady(logger, DemoEmail, DemoPassword);
    }

    /// <summary>Walks up from the content root to the repository's examples folder.</summary>
    private static string? FindExample(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "examples", "contracts", "web-analytics.v1.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Database ready ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Demo workspace: log in as {Email} with password {Password}")]
    private static partial void LogDemoReady(ILogger logger, string email, string password);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Demo contract not found at {Path}; set Trackboard:DemoContract to a contract file")]
    private static partial void LogDemoMissing(ILogger logger, string path);
}
