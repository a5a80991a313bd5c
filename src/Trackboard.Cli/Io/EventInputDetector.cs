using System.Text.Json;

namespace Trackboard.Cli.Io;

/// <summary>
/// Tells a single event, a JSON array and NDJSON apart from the first line: <c>[</c> starts an array; a first
/// line that is a whole JSON value on its own makes the file NDJSON; anything else is one event.
/// </summary>
internal static class EventInputDetector
{
    public static EventInputKind Detect(string path)
    {
        using var stream = InputFiles.OpenRead(path, "events");
        var reader = new LineReader(stream);
        while (reader.TryReadLine(out var line))
        {
            var trimmed = Trim(line);
            if (trimmed.IsEmpty)
            {
                continue;
            }

            if (trimmed[0] == (byte)'[')
            {
                return EventInputKind.Array;
            }

            return IsWholeValue(trimmed) ? EventInputKind.Ndjson : EventInputKind.Single;
        }

        return EventInputKind.Single;
    }

    public static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line)
    {
        if (line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        return line.Trim(" \t\r\n"u8);
    }

    private static bool IsWholeValue(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return reader.Read() && reader.TrySkip() && reader.BytesConsumed == line.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
