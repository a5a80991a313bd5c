using Trackboard.Contracts.Diff;
using YamlDotNet.RepresentationModel;

namespace Trackboard.Cli.Config;

/// <summary>
/// Reads the <c>diff:</c> section of <c>trackboard.yaml</c> into <see cref="DiffOptions"/>. Other sections
/// (such as <c>lint:</c>) belong to other commands and are left alone. Every problem is reported at once,
/// with its line.
/// </summary>
internal static class DiffConfigReader
{
    public static DiffOptions Read(string path)
    {
        if (TrackboardYaml.LoadRoot(path) is not { } root)
        {
            return DiffOptions.Default;
        }

        var errors = new List<string>();
        var rules = new List<IgnoreRule>();
        if (Child(root, "diff") is { } diff)
        {
            ReadDiff(path, diff, rules, errors);
        }

        if (errors.Count > 0)
        {
            throw CliException.BadInput($"{path}: the diff configuration has {errors.Count} error(s).", errors);
        }

        return new DiffOptions { Ignore = rules };
    }

    private static void ReadDiff(string path, YamlNode diff, List<IgnoreRule> rules, List<string> errors)
    {
        if (diff is not YamlMappingNode mapping)
        {
            errors.Add(At(path, diff, "`diff` must be a mapping with an `ignore:` list."));
            return;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name != "ignore")
            {
                errors.Add(At(path, key, $"unknown key `diff.{name}`; the diff section has `ignore:` only."));
                continue;
            }

            if (value is not YamlSequenceNode list)
            {
                errors.Add(At(path, value, "`diff.ignore` must be a list of `- rule: RULE_ID` entries (with an optional `event:`)."));
                continue;
            }

            foreach (var entry in list.Children)
            {
                ReadRule(path, entry, rules, errors);
            }
        }
    }

    private static void ReadRule(string path, YamlNode entry, List<IgnoreRule> rules, List<string> errors)
    {
        string? rule = null;
        string? eventName = null;
        if (entry is YamlScalarNode scalar)
        {
            rule = scalar.Value;
        }
        else if (entry is YamlMappingNode mapping)
        {
            foreach (var (key, value) in mapping.Children)
            {
                var name = (key as YamlScalarNode)?.Value;
                var text = (value as YamlScalarNode)?.Value;
                switch (name)
                {
                    case "rule":
                        rule = text;
                        break;
                    case "event":
                        eventName = text;
                        break;
                    default:
                        errors.Add(At(path, key, $"unknown key `{name}` in an ignore entry; use `rule:` and optionally `event:`."));
                        break;
                }
            }
        }

        if (string.IsNullOrEmpty(rule))
        {
            errors.Add(At(path, entry, "an ignore entry needs `rule:` with a rule id or code such as ENUM_VALUE_NO_DELETE."));
            return;
        }

        if (!ChangeRules.TryFind(rule, out _))
        {
            errors.Add(At(path, entry, $"unknown rule `{rule}`; docs/change-codes.md lists every rule id and code."));
            return;
        }

        rules.Add(new IgnoreRule(rule, eventName));
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) => TrackboardYaml.Child(mapping, key);

    private static string At(string path, YamlNode node, string message) => TrackboardYaml.At(path, node, message);
}
