using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

/// <summary>A cookie is only as good as its session row: logout or removal from the organization ends it.</summary>
internal static class CookieSessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var db = context.HttpContext.RequestServices.GetRequiredService<TrackboardDbContext>();
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var sid = context.Principal?.FindFirst(Caller.SessionClaim)?.Value;
        var active = Guid.TryParse(sid, out var session) && await db.Sessions.AnyAsync(
            s => s.Id == session && s.RevokedAt == null && s.RefreshExpiresAt > now, context.HttpContext.RequestAborted);
        if (!active)
        {
            context.RejectPrincipal();
        }
    }
}
