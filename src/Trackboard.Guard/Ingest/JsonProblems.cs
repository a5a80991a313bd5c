using System.Text.Json;

namespace Trackboard.Guard.Ingest;

/// <summary>Classifies a body that failed to parse: too deep, or malformed.</summary>
internal static class JsonProblems
{
    public static IngestError Classify(ReadOnlySpan<byte> body, int maxDepth)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth > maxDepth)
                {
                    return Deep(maxDepth);
                }
            }
        }
        catch (JsonException ex)
        {
            return reader.CurrentDepth >= maxDepth
                ? Deep(maxDepth)
                : new IngestError(400, IngestErrorCodes.InvalidJson, "The body is not valid JSON: " + ex.Message);
        }

        return new IngestError(400, IngestErrorCodes.InvalidJson, "The body is not valid JSON.");
    }

    private static IngestError Deep(int maxDepth) =>
        new(400, IngestErrorCodes.DepthExceeded, $"The JSON nests deeper than {maxDepth} levels.");
}
