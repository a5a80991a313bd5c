using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trackboard.Guard.Configuration;

/// <summary>Turns a YAML document into dotted key paths (<c>policy.mode</c>) with their scalar values.</summary>
internal static class YamlFlattener
{
    public static void Flatten(string yaml, string fileName, IDictionary<string, ConfigValue> into, List<ConfigError> errors)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(yaml);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            errors.Add(new ConfigError($"{fileName}:{ex.Start.Line}:{ex.Start.Column}", "The file is not valid YAML: " + ex.Message,
                "Fix the YAML syntax (indent with spaces, quote values that contain ': ')."));
            return;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new ConfigError(fileName, "The top level must be a mapping of keys to values.", "Write `key: value` lines such as `mode: block`."));
            return;
        }

        Walk(root, "", fileName, into, errors);
    }

    private static void Walk(YamlMappingNode node, string prefix, string fileName, IDictionary<string, ConfigValue> into, List<ConfigError> errors)
    {
        foreach (var (keyNode, valueNode) in node.Children)
        {
            var key = keyNode is YamlScalarNode { Value: { } k } ? k : keyNode.ToString();
            var path = prefix.Length == 0 ? key : prefix + "." + key;
            var origin = $"{fileName}:{valueNode.Start.Line}:{valueNode.Start.Column}";
            switch (valueNode)
            {
                case YamlMappingNode child:
                    Walk(child, path, fileName, into, errors);
                    break;
                case YamlScalarNode scalar:
                    into[path] = new ConfigValue(scalar.Value ?? "", origin);
                    break;
                default:
                    errors.Add(new ConfigError(path, $"A list is not allowed here ({origin}).", "Give a single value or a mapping."));
                    break;
            }
        }
    }
}
