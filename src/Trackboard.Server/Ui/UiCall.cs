using Trackboard.Server.Auth;
using Trackboard.Server.Data;

namespace Trackboard.Server.Ui;

/// <summary>What one UI action gets: the caller and a fresh scope's database, clock and services.</summary>
internal sealed record UiCall(Caller Caller, TrackboardDbContext Db, TimeProvider Time, IServiceProvider Services);
