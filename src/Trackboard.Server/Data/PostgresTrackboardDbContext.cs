using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.Data;

internal sealed class PostgresTrackboardDbContext(DbContextOptions<PostgresTrackboardDbContext> options, AuditActor? actor = null)
    : TrackboardDbContext(options, actor);
