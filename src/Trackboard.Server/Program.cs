using Trackboard.Server.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTrackboardServer();
var app = builder.Build();
await app.Services.PrepareDatabaseAsync(args, CancellationToken.None);
app.MapTrackboard();
await app.RunAsync();

/// <summary>The Server's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
