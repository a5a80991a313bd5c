using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.Data;

internal sealed class SqliteTrackboardDbContext(DbContextOptions<SqliteTrackboardDbContext> options) : TrackboardDbContext(options);
