using Trackboard.Server.Hosting;
using Trackboard.Server.Ui;

var builder = WebApplication.CreateBuilder(args);
builder.AddTrackboardServer();
builder.AddTrackboardUi();
var app = builder.Build();
await app.Services.PrepareDatabaseAsync(args, CancellationToken.None);
app.MapTrackboard();
app.MapTrackboardUi();
await app.RunAsync();

/// <summary>The Server's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
