using System.Buffers;
using System.IO.Compression;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Ingest;

/// <summary>
/// Reads a request body with the size limit applied after gzip decompression. gzip is recognised by
/// Content-Encoding or by its magic bytes, because RudderStack's Node SDK sends gzip JSON labelled
/// application/x-www-form-urlencoded.
/// </summary>
internal static class RequestBodyReader
{
    private static readonly string[] s_mediaTypes = ["application/json", "text/plain", "application/x-www-form-urlencoded"];

    public static async Task<(byte[]? Body, int Length, IngestError? Error)> ReadAsync(HttpRequest request, LimitsOptions limits, CancellationToken cancellationToken)
    {
        if (request.ContentType is { Length: > 0 } contentType)
        {
            var media = contentType.Split(';')[0].Trim();
            if (!s_mediaTypes.Contains(media, StringComparer.OrdinalIgnoreCase))
            {
                return Fail(415, IngestErrorCodes.UnsupportedMediaType, $"Content-Type '{media}' is not accepted; send application/json.");
            }
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim();
        var declaredGzip = encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase);
        if (encoding.Length > 0 && !declaredGzip && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(415, IngestErrorCodes.UnsupportedContentEncoding, $"Content-Encoding '{encoding}' is not accepted; send gzip or none.");
        }

        if (request.ContentLength > limits.MaxBodyBytes)
        {
            return TooLarge(limits);
        }

        var (raw, rawLength, tooLarge) = await ReadLimitedAsync(request.Body, limits.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (tooLarge)
        {
            return TooLarge(limits);
        }

        if (rawLength == 0)
        {
            ArrayPool<byte>.Shared.Return(raw);
            return Fail(400, IngestErrorCodes.EmptyBody, "The request body is empty; send a JSON object.");
        }

        if (!declaredGzip && !(rawLength >= 2 && raw[0] == 0x1f && raw[1] == 0x8b))
        {
            return (raw, rawLength, null);
        }

        try
        {
            using var gzip = new GZipStream(new MemoryStream(raw, 0, rawLength), CompressionMode.Decompress);
            var (body, length, bomb) = await ReadLimitedAsync(gzip, limits.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            return bomb ? TooLarge(limits) : length == 0
                ? Fail(400, IngestErrorCodes.EmptyBody, "The decompressed body is empty; send a JSON object.")
                : (body, length, null);
        }
        catch (InvalidDataException)
        {
            return Fail(400, IngestErrorCodes.InvalidGzip, "The body is not valid gzip.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(raw);
        }
    }

    private static (byte[]?, int, IngestError?) TooLarge(LimitsOptions limits) =>
        Fail(413, IngestErrorCodes.BodyTooLarge, $"The body is larger than {limits.MaxBodyBytes} bytes (after decompression); send smaller batches.");

    private static (byte[]?, int, IngestError?) Fail(int status, string code, string detail) => (null, 0, new IngestError(status, code, detail));

    /// <summary>Reads at most <paramref name="limit"/> bytes into a pooled buffer; says when there was more.</summary>
    private static async Task<(byte[] Buffer, int Length, bool TooLarge)> ReadLimitedAsync(Stream stream, int limit, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 16 * 1024));
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return ([], 0, true);
                }

                var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                buffer.AsSpan(0, length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = bigger;
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer, length, false);
            }

            length += read;
            if (length > limit)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                return ([], 0, true);
            }
        }
    }
}
