namespace Trackboard.Server.Hosting;

/// <summary>Reads a request body whole, but never more than a limit: an oversized body is refused without buffering it.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (by Content-Length or while reading).</summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await buffer.DisposeAsync();
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer;
    }
}
