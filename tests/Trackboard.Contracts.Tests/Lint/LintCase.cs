using System.Text.Json;
using Trackboard.Contracts.Lint;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Lint;

/// <summary>One lint conformance case from <c>TestData/lint/</c> (format in its README.md).</summary>
internal sealed record LintCase(string File, string Description, string Rule, LintOptions Options, Contract Contract, IReadOnlyList<JsonElement> Expected)
{
    public static IEnumerable<string> Files =>
        Directory.EnumerateFiles(TestPaths.TestData("lint"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(TestPaths.TestData("lint"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static LintCase Load(string file)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(TestPaths.TestData("lint", file)));
        var root = document.RootElement;
        var contract = TestContracts.Load(root.GetProperty("contract").GetRawText());
        var options = root.TryGetProperty("options", out var node) ? ReadOptions(node) : LintOptions.Default;
        return new LintCase(
            file,
            root.GetProperty("description").GetString()!,
            root.GetProperty("rule").GetString()!,
            options,
            contract,
            [.. root.GetProperty("expected").EnumerateArray().Select(e => e.Clone())]);
    }

    // The keys of the proposed trackboard.yaml `lint` section, written as JSON.
    private static LintOptions ReadOptions(JsonElement node)
    {
        var options = new LintOptions();
        if (node.TryGetProperty("casing", out var casing))
        {
            options = options with
            {
                EventCasing = casing.TryGetProperty("events", out var events) ? Casing(events) : null,
                PropertyCasing = casing.TryGetProperty("properties", out var properties) ? Casing(properties) : null,
            };
        }

        if (node.TryGetProperty("word_order", out var order))
        {
            options = options with
            {
                WordOrder = order.GetString() == "action_object" ? EventWordOrder.ActionObject : EventWordOrder.ObjectAction,
            };
        }

        if (node.TryGetProperty("rules", out var rules))
        {
            var levels = new Dictionary<string, LintRuleLevel>(StringComparer.Ordinal);
            foreach (var rule in rules.EnumerateObject())
            {
                Assert.True(LintLevels.TryParse(rule.Value.GetString(), out var level), $"bad level for {rule.Name}");
                levels[rule.Name] = level;
            }

            options = options with { Rules = levels };
        }

        if (node.TryGetProperty("consistency_threshold", out var threshold))
        {
            options = options with { ConsistencyThreshold = threshold.GetDouble() };
        }

        return options;
    }

    private static NameCasing Casing(JsonElement value)
    {
        Assert.True(NameCasings.TryParse(value.GetString(), out var casing), $"bad casing {value}");
        return casing;
    }
}
