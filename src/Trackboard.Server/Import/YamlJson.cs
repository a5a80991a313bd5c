using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trackboard.Server.Import;

/// <summary>
/// Turns a YAML document into JSON with the YAML 1.2 core schema: plain scalars become null, booleans and numbers;
/// quoted ones stay strings. Depth and node count are capped, so aliases cannot expand a small file into a huge one.
/// </summary>
internal static partial class YamlJson
{
    public const int MaxDepth = 64;
    public const int MaxNodes = 200_000;

    /// <summary>The JSON of the first document, or an error message with the line and column.</summary>
    public static (JsonNode? Node, string? Error) Convert(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                return (null, "the YAML document is empty.");
            }
            var count = 0;
            return (Node(stream.Documents[0].RootNode, 0, ref count), null);
        }
        catch (YamlException e)
        {
            return (null, $"YAML error at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }
    }

    private static JsonNode? Node(YamlNode node, int depth, ref int count)
    {
        if (depth > MaxDepth || ++count > MaxNodes)
        {
            throw new YamlException(node.Start, node.End, $"the document is nested deeper than {MaxDepth} levels or has more than {MaxNodes} nodes.");
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode { Value: { } text } ? text : throw new YamlException(key.Start, key.End, "a mapping key must be a scalar.");
                    if (obj.ContainsKey(name))
                    {
                        throw new YamlException(key.Start, key.End, $"the key '{name}' appears twice.");
                    }
                    obj[name] = Node(value, depth + 1, ref count);
                }
                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Children)
                {
                    array.Add(Node(item, depth + 1, ref count));
                }
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new YamlException(node.Start, node.End, "unsupported YAML node.");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        }
        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return JsonValue.Create(number);
        }
        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
