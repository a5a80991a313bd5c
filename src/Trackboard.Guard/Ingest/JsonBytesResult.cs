
namespace Trackboard.Guard.Ingest;

/// <summary>A pre-serialized JSON body with its status code (no reflection on the hot path).</summary>
internal sealed class JsonBytesResult(int status, byte[] body, string contentType) : IResult
{
    public int Status { get; } = status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = Status;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.ContentLength = body.Length;
        return httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
