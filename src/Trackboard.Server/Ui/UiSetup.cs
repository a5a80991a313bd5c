using Microsoft.AspNetCore.Antiforgery;
using MudBlazor.Services;
using Trackboard.Server.Auth;
using Trackboard.Server.Components;
using Trackboard.Server.Data;

namespace Trackboard.Server.Ui;

/// <summary>The Blazor web UI: Razor components on the same host, services and database as the API.</summary>
internal static class UiSetup
{
    public static WebApplicationBuilder AddTrackboardUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<UiBackend>();
        builder.Services.AddScoped<UiSessionState>();
        return builder;
    }

    public static WebApplication MapTrackboardUi(this WebApplication app)
    {
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        // A plain form post: signing out changes the cookie, which only an HTTP response can do.
        app.MapPost("/account/logout", async (HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            await AuthEndpoints.EndSessionAsync(http, db, time, ct);
            return TypedResults.LocalRedirect("/account/login");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).ExcludeFromDescription();
        return app;
    }
}
