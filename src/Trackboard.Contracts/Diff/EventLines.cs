using System.Text;
using System.Text.Json;

namespace Trackboard.Contracts.Diff;

/// <summary>
/// Finds where events are written in a contract file, so annotations can point at the changed event:
/// the 1-based line of each event's <c>event_name</c> value, and of the <c>identify</c>, <c>group</c>,
/// <c>page</c> and <c>screen</c> keys for <c>$identify</c> and friends.
/// </summary>
public static class EventLines
{
    private static readonly (string Key, string EventName)[] s_sections =
    [
        ("identify", "$identify"), ("group", "$group"), ("page", "$page"), ("screen", "$screen"),
    ];

    /// <summary>Lines by event name. A file that is not valid JSON yields the events found before the error.</summary>
    public static IReadOnlyDictionary<string, int> Find(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var newlines = NewlineOffsets(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        var inEvents = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1)
                {
                    inEvents = false;
                }

                if (reader.TokenType != JsonTokenType.PropertyName)
                {
                    continue;
                }

                if (reader.CurrentDepth == 1)
                {
                    var key = reader.GetString();
                    var line = LineAt(newlines, reader.TokenStartIndex);
                    inEvents = key == "events";
                    foreach (var (sectionKey, eventName) in s_sections)
                    {
                        if (key == sectionKey)
                        {
                            lines.TryAdd(eventName, line);
                        }
                    }
                }
                else if (inEvents && reader.CurrentDepth == 3 && reader.ValueTextEquals("event_name"u8) && reader.Read()
                    && reader.TokenType == JsonTokenType.String)
                {
                    lines.TryAdd(reader.GetString()!, LineAt(newlines, reader.TokenStartIndex));
                }
            }
        }
        catch (JsonException)
        {
            // A broken head file still gets annotations for the events before the break.
        }

        return lines;
    }

    /// <summary>Lines by event name in a contract's text.</summary>
    public static IReadOnlyDictionary<string, int> Find(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Find(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>A lookup for <see cref="DiffReport.ToGitHub"/>: the line of an event in <paramref name="json"/>, or null.</summary>
    public static Func<string, int?> LineOf(string json)
    {
        var lines = Find(json);
        return name => lines.TryGetValue(name, out var line) ? line : null;
    }

    private static List<long> NewlineOffsets(ReadOnlySpan<byte> utf8)
    {
        var offsets = new List<long>();
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                offsets.Add(i);
            }
        }

        return offsets;
    }

    private static int LineAt(List<long> newlines, long offset)
    {
        var index = newlines.BinarySearch(offset);
        return (index >= 0 ? index : ~index) + 1;
    }
}
