using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Trackboard.Guard.Policy;

/// <summary>
/// Removes unplanned properties named by violation paths below <c>properties</c> (<c>cart.items[2].extra</c>,
/// <c>['a.b']</c>). Only this rare path rebuilds the JSON; every other member keeps its value.
/// </summary>
internal static class PropertyStripper
{
    public static byte[] Strip(byte[] json, string rootKey, IEnumerable<string> propertyPaths)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        if (root[rootKey] is not JsonObject properties)
        {
            return json;
        }

        foreach (var path in propertyPaths)
        {
            var segments = Parse(path);
            JsonNode? parent = properties;
            for (var i = 0; i < segments.Count - 1 && parent is not null; i++)
            {
                parent = segments[i] is int index ? (parent as JsonArray)?[index] : (parent as JsonObject)?[(string)segments[i]];
            }

            if (parent is JsonObject obj && segments[^1] is string last)
            {
                obj.Remove(last);
            }
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    /// <summary>Splits a violation property path into member names (string) and array indexes (int).</summary>
    public static List<object> Parse(string path)
    {
        var segments = new List<object>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
            }
            else if (path.AsSpan(i).StartsWith("['", StringComparison.Ordinal))
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end].Replace("\\'", "'", StringComparison.Ordinal));
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                segments.Add(int.Parse(path.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture));
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                var end = path.IndexOfAny(['.', '['], i);
                end = end < 0 ? path.Length : end;
                segments.Add(path[i..end]);
                i = end;
            }
        }

        return segments;
    }
}
