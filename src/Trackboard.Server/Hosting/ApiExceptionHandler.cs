using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Trackboard.Server.Hosting;

/// <summary>Turns request-body binding failures into ProblemDetails with a code; everything else is a 500 without internals.</summary>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: 413 } => (413, ErrorCodes.PayloadTooLarge, "The request body is too large."),
            BadHttpRequestException { InnerException: JsonException json } when json.Message.Contains("could not be mapped", StringComparison.Ordinal) =>
                (400, ErrorCodes.UnknownField, $"Unknown field at {json.Path ?? "$"}; remove it."),
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, ErrorCodes.InvalidJson, $"The body is not valid JSON for this endpoint at {json.Path ?? "$"}."),
            BadHttpRequestException bad => (bad.StatusCode, Problems.CodeFor(bad.StatusCode), bad.Message),
            _ => (500, ErrorCodes.InternalError, "The server failed; the log has the details."),
        };
        if (status == 500)
        {
            LogUnhandled(logger, exception);
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = Problems.Title(status), Detail = detail, Extensions = { ["code"] = code } },
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Unhandled exception")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
