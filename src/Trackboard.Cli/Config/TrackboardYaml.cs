using Trackboard.Cli.Io;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Trackboard.Cli.Config;

/// <summary>
/// Reads <c>trackboard.yaml</c>: one file whose top-level sections (<c>diff:</c>, <c>lint:</c>) belong to
/// different commands. Each command's reader takes its own section and leaves the others alone.
/// </summary>
internal static class TrackboardYaml
{
    /// <summary>The file's top-level mapping, or null when the file is empty. Bad YAML is exit 65 with its line.</summary>
    public static YamlMappingNode? LoadRoot(string path)
    {
        var text = System.Text.Encoding.UTF8.GetString(InputFiles.ReadAllBytes(path, "config"));
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException failure)
        {
            throw CliException.BadInput($"{path}:{failure.Start.Line}:{failure.Start.Column}: not valid YAML: {failure.Message} Fix the YAML syntax there.");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw CliException.BadInput($"{path}: the top level must be a mapping of sections such as `diff:` and `lint:` (see docs/cli.md).");
    }

    /// <summary>The value under <paramref name="key"/>, or null.</summary>
    public static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    /// <summary>A problem at a node: <c>path:line:column: message</c>.</summary>
    public static string At(string path, YamlNode node, string message) => $"{path}:{node.Start.Line}:{node.Start.Column}: {message}";
}
