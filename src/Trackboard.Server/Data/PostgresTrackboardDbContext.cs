using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.Data;

internal sealed class PostgresTrackboardDbContext(DbContextOptions<PostgresTrackboardDbContext> options) : TrackboardDbContext(options);
