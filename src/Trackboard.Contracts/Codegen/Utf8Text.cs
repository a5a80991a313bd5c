using System.Text;

namespace Trackboard.Contracts.Codegen;

/// <summary>
/// Encodes generated source to UTF-8 (no byte order mark) straight from the builder's chunks: a target's output
/// can be megabytes, and building it as one string first doubled the large allocations of every generator.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Encode(StringBuilder text)
    {
        // One encoder per pass keeps a surrogate pair that straddles two chunks together.
        var counter = s_utf8.GetEncoder();
        var length = 0;
        foreach (var chunk in text.GetChunks())
        {
            length += counter.GetByteCount(chunk.Span, flush: false);
        }

        length += counter.GetByteCount([], flush: true);
        var bytes = new byte[length];
        var encoder = s_utf8.GetEncoder();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
    }
}
