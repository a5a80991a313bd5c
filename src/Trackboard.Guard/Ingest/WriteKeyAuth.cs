using System.Text;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Ingest;

/// <summary>Maps a write key (HTTP Basic user name, as Segment SDKs send it, or <c>writeKey</c> in the body) to a source label.</summary>
internal static class WriteKeyAuth
{
    public const string DefaultSource = "default";

    /// <summary>The key from the Authorization header, "" when there is no header, or an error when it is malformed.</summary>
    public static (string Key, IngestError? Error) FromHeader(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return ("", null);
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return ("", Invalid());
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return (colon < 0 ? decoded : decoded[..colon], null);
        }
        catch (FormatException)
        {
            return ("", Invalid());
        }
    }

    /// <summary>The source for the key, or a 401.</summary>
    public static (string Source, IngestError? Error) Resolve(string key, GuardOptions options)
    {
        if (options.WriteKeys.Count == 0)
        {
            return (DefaultSource, null);
        }

        if (key.Length == 0)
        {
            return ("", new IngestError(401, IngestErrorCodes.MissingWriteKey,
                "No write key: send it as the HTTP Basic user name or as writeKey in the body."));
        }

        return options.WriteKeys.TryGetValue(key, out var source)
            ? (source, null)
            : ("", new IngestError(401, IngestErrorCodes.InvalidWriteKey, "The write key is not configured on this Guard."));
    }

    private static IngestError Invalid() =>
        new(401, IngestErrorCodes.InvalidAuthorization, "The Authorization header must be `Basic base64(writeKey:)`.");
}
