using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.Data;

internal sealed class SqliteTrackboardDbContext(DbContextOptions<SqliteTrackboardDbContext> options, AuditActor? actor = null)
    : TrackboardDbContext(options, actor);
