using Microsoft.Net.Http.Headers;

namespace Trackboard.Server.Auth;

/// <summary>
/// Every 401 says how to authenticate (RFC 9110 §11.6.1): <c>WWW-Authenticate: Bearer realm="trackboard"</c>, with
/// <c>error="invalid_token"</c> when a bearer token was sent and refused (RFC 6750 §3), and an <c>ApiKey</c> challenge
/// naming the <c>X-API-Key</c> header on the validation API. Covers the API, <c>/mcp</c> and the auth endpoints' own 401s.
/// </summary>
internal static class AuthenticateHeader
{
    public const string Realm = "trackboard";
    public const string BearerChallenge = $"Bearer realm=\"{Realm}\"";
    public const string InvalidTokenChallenge = $"Bearer realm=\"{Realm}\", error=\"invalid_token\"";
    public const string ApiKeyChallenge = $"ApiKey realm=\"{Realm}\", header=\"X-API-Key\"";

    public static IApplicationBuilder UseAuthenticateHeader(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            if (http.Response.StatusCode == StatusCodes.Status401Unauthorized && !http.Response.Headers.ContainsKey(HeaderNames.WWWAuthenticate))
            {
                http.Response.Headers.WWWAuthenticate = http.Request.Path.StartsWithSegments("/api/v1/validate", StringComparison.Ordinal)
                    ? ApiKeyChallenge
                    : BearerChallenge;
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
