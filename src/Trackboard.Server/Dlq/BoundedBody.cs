namespace Trackboard.Server.Dlq;

/// <summary>Reads a request body into memory up to a limit, refusing early on a declared length over it.</summary>
internal static class BoundedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        while (await request.Body.ReadAsync(chunk, ct) is var read and > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
