using System.Globalization;
using Trackboard.Contracts.Lint;
using YamlDotNet.RepresentationModel;

namespace Trackboard.Cli.Config;

/// <summary>
/// Reads the <c>lint:</c> section of <c>trackboard.yaml</c> into <see cref="LintOptions"/> (keys in docs/lint.md).
/// Other sections (such as <c>diff:</c>) belong to other commands and are left alone. Every problem is reported
/// at once, with its line and the values that would be accepted.
/// </summary>
internal static class LintConfigReader
{
    private static readonly string s_casings = string.Join(", ", NameCasings.All.Select(NameCasings.Name));

    public static LintOptions Read(string path)
    {
        if (TrackboardYaml.LoadRoot(path) is not { } root || TrackboardYaml.Child(root, "lint") is not { } lint)
        {
            return LintOptions.Default;
        }

        var errors = new List<string>();
        var options = LintOptions.Default;
        if (lint is not YamlMappingNode mapping)
        {
            errors.Add(TrackboardYaml.At(path, lint, "`lint` must be a mapping with `casing:`, `word_order:`, `rules:` or `consistency_threshold:`."));
        }
        else
        {
            foreach (var (key, value) in mapping.Children)
            {
                options = ReadKey(path, (key as YamlScalarNode)?.Value, key, value, options, errors);
            }
        }

        if (errors.Count > 0)
        {
            throw CliException.BadInput($"{path}: the lint configuration has {errors.Count} error(s).", errors);
        }

        return options;
    }

    private static LintOptions ReadKey(string path, string? name, YamlNode key, YamlNode value, LintOptions options, List<string> errors)
    {
        switch (name)
        {
            case "casing":
                return ReadCasing(path, value, options, errors);
            case "word_order":
                switch (Scalar(value))
                {
                    case "object_action":
                        return options with { WordOrder = EventWordOrder.ObjectAction };
                    case "action_object":
                        return options with { WordOrder = EventWordOrder.ActionObject };
                    default:
                        errors.Add(TrackboardYaml.At(path, value, $"`lint.word_order` is `{Scalar(value)}`; use object_action or action_object."));
                        return options;
                }

            case "rules":
                return ReadRules(path, value, options, errors);
            case "consistency_threshold":
                if (double.TryParse(Scalar(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 0 and <= 100)
                {
                    return options with { ConsistencyThreshold = threshold };
                }

                errors.Add(TrackboardYaml.At(path, value, $"`lint.consistency_threshold` is `{Scalar(value)}`; use a number from 0 to 100."));
                return options;
            default:
                errors.Add(TrackboardYaml.At(path, key, $"unknown key `lint.{name}`; the lint section has casing, word_order, rules and consistency_threshold."));
                return options;
        }
    }

    private static LintOptions ReadCasing(string path, YamlNode value, LintOptions options, List<string> errors)
    {
        if (value is not YamlMappingNode mapping)
        {
            errors.Add(TrackboardYaml.At(path, value, "`lint.casing` must be a mapping with `events:` and/or `properties:`."));
            return options;
        }

        foreach (var (key, casingNode) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name is not ("events" or "properties"))
            {
                errors.Add(TrackboardYaml.At(path, key, $"unknown key `lint.casing.{name}`; use events or properties."));
                continue;
            }

            if (!NameCasings.TryParse(Scalar(casingNode), out var casing))
            {
                errors.Add(TrackboardYaml.At(path, casingNode, $"`lint.casing.{name}` is `{Scalar(casingNode)}`; use one of {s_casings} (or leave it out to detect)."));
                continue;
            }

            options = name == "events" ? options with { EventCasing = casing } : options with { PropertyCasing = casing };
        }

        return options;
    }

    private static LintOptions ReadRules(string path, YamlNode value, LintOptions options, List<string> errors)
    {
        if (value is not YamlMappingNode mapping)
        {
            errors.Add(TrackboardYaml.At(path, value, "`lint.rules` must be a mapping of RULE_ID: off|error|warning|info."));
            return options;
        }

        var rules = new Dictionary<string, LintRuleLevel>(options.Rules, StringComparer.Ordinal);
        foreach (var (key, levelNode) in mapping.Children)
        {
            var id = (key as YamlScalarNode)?.Value ?? "";
            if (LintRules.Find(id) is null)
            {
                errors.Add(TrackboardYaml.At(path, key, $"unknown lint rule `{id}`; the rules are {string.Join(", ", LintRules.All.Select(r => r.Id))}."));
                continue;
            }

            if (!LintLevels.TryParse(Scalar(levelNode), out var level))
            {
                errors.Add(TrackboardYaml.At(path, levelNode, $"`lint.rules.{id}` is `{Scalar(levelNode)}`; use off, error, warning or info."));
                continue;
            }

            rules[id] = level;
        }

        return options with { Rules = rules };
    }

    private static string? Scalar(YamlNode node) => (node as YamlScalarNode)?.Value;
}
