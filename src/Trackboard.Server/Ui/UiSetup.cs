using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
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
        // Also a form post: the cookie names the organization, so switching starts a session in the other one.
        app.MapPost("/account/switch-org", async (HttpContext http, TrackboardDbContext db, SessionIssuer issuer, TimeProvider time, CancellationToken ct) =>
        {
            var form = await http.Request.ReadFormAsync(ct);
            if (!Guid.TryParse(http.User.FindFirst(Caller.UserClaim)?.Value, out var user) || !Guid.TryParse(form["org_id"], out var org)
                || !await db.Memberships.AnyAsync(m => m.UserId == user && m.OrgId == org, ct))
            {
                return Results.LocalRedirect("/plans");
            }
            if (Guid.TryParse(http.User.FindFirst(Caller.SessionClaim)?.Value, out var session))
            {
                var now = time.GetUtcNow().UtcDateTime;
                await db.Sessions.Where(s => s.Id == session && s.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now), ct);
            }
            await issuer.IssueAsync(http, user, org, cookie: true, ct);
            return Results.LocalRedirect("/plans");
        }).WithMetadata(new RequireAntiforgeryTokenAttribute()).RequireAuthorization(Policies.Authenticated).ExcludeFromDescription();
        return app;
    }
}
