using Microsoft.AspNetCore.Http.HttpResults;

namespace Trackboard.Server.Hosting;

/// <summary>ProblemDetails results that always carry a stable <c>code</c>.</summary>
internal static class Problems
{
    public static ProblemHttpResult Create(int status, string code, string detail, IDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (extra is not null)
        {
            foreach (var (key, value) in extra)
            {
                extensions[key] = value;
            }
        }
        return TypedResults.Problem(detail: detail, statusCode: status, title: Title(status), extensions: extensions);
    }

    public static ProblemHttpResult NotFound(string what) =>
        Create(StatusCodes.Status404NotFound, ErrorCodes.NotFound, $"{what} not found.");

    public static ProblemHttpResult BadRequest(string code, string detail, string? path = null) =>
        Create(StatusCodes.Status400BadRequest, code, detail, path is null ? null : new Dictionary<string, object?> { ["path"] = path });

    public static ProblemHttpResult Stale(long current) =>
        Create(StatusCodes.Status409Conflict, ErrorCodes.StaleRevision,
            $"The draft changed since you read it; it is now at revision {current}. Reload and apply your change again.",
            new Dictionary<string, object?> { ["current_revision"] = current });

    public static ProblemHttpResult Forbidden(string detail) =>
        Create(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, detail);

    public static string Title(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        405 => "Method not allowed",
        409 => "Conflict",
        413 => "Payload too large",
        422 => "Unprocessable content",
        423 => "Locked",
        429 => "Too many requests",
        _ => "Error",
    };

    public static string CodeFor(int status) => status switch
    {
        400 => ErrorCodes.InvalidJson,
        401 => ErrorCodes.Unauthorized,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        413 => ErrorCodes.PayloadTooLarge,
        429 => ErrorCodes.RateLimited,
        _ => ErrorCodes.InternalError,
    };
}
