using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Auth;

/// <summary>
/// Cross-site request forgery protection for the API when a browser calls it with the session cookie: an unsafe
/// request (POST, PUT, PATCH, DELETE) under <c>/api</c> that carries the cookie and no <c>Authorization</c> header must
/// send the request token from <c>GET /api/v1/auth/antiforgery</c> in <see cref="HeaderName"/>. Bearer tokens, API keys and
/// anonymous endpoints are not ambient credentials and stay exempt. It uses the app's one <see cref="IAntiforgery"/>,
/// so Blazor forms served by the same app (validated by <c>UseAntiforgery</c>) share the cookie token.
/// </summary>
internal static class CookieAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";
    public const string SessionCookieName = "trackboard";

    public static IEndpointRouteBuilder MapAntiforgeryToken(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/auth/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new JsonObject { ["header_name"] = tokens.HeaderName, ["request_token"] = tokens.RequestToken });
        }).WithTags("Auth").RequireAuthorization(Policies.Authenticated);
        return routes;
    }

    public static IApplicationBuilder UseCookieAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (NeedsToken(context))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Problems.Create(400, ErrorCodes.AntiforgeryFailed,
                    $"A request with the session cookie must send the token of GET /api/v1/auth/antiforgery in the {HeaderName} header (or use a bearer token).")
                    .ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });

    private static bool NeedsToken(HttpContext context)
    {
        var request = context.Request;
        return !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
            && request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
            && request.Headers.Authorization.Count == 0
            && request.Cookies.ContainsKey(SessionCookieName)
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>() is not null;
    }
}
