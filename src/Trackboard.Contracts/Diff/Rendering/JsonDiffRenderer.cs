namespace Trackboard.Contracts.Diff.Rendering;

/// <summary>Canonical JSON of diff results and compatibility reports (sorted keys, no whitespace).</summary>
internal static class JsonDiffRenderer
{
    public static string Render(DiffResult result) => ValueText.Json(Result(result));

    public static string Render(CompatibilityReport report) => ValueText.Json(new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["mode"] = CompatibilityModes.Name(report.Mode),
        ["compatible"] = report.Compatible,
        ["checks"] = report.Checks.Select(check =>
        {
            var node = Result(check.Result);
            node["against"] = check.Against;
            node["earlier_index"] = (long)check.EarlierIndex;
            node["direction"] = Direction(check.Direction);
            return node;
        }).ToList(),
        ["issues"] = report.Issues.Select(issue => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["against"] = issue.Against,
            ["earlier_index"] = (long)issue.EarlierIndex,
            ["direction"] = Direction(issue.Direction),
            ["change"] = Change(issue.Change),
        }).ToList(),
    });

    private static Dictionary<string, object?> Result(DiffResult result) => new(StringComparer.Ordinal)
    {
        ["breaking"] = result.Breaking,
        ["summary"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["breaking_count"] = (long)result.Summary.BreakingCount,
            ["safe_count"] = (long)result.Summary.SafeCount,
            ["informational_count"] = (long)result.Summary.InformationalCount,
        },
        ["changes"] = result.Changes.Select(Change).ToList(),
        ["ignored"] = result.Ignored.Select(Change).ToList(),
    };

    private static Dictionary<string, object?> Change(Change change)
    {
        var node = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["severity"] = SafeText.SeverityName(change.Severity),
            ["code"] = change.Code,
            ["rule_id"] = change.RuleId,
            ["event"] = change.Event,
            ["path"] = change.Path,
            ["message"] = change.Message,
        };
        AddIfSet(node, "property", change.Property);
        AddIfSet(node, "before", change.Before);
        AddIfSet(node, "after", change.After);
        return node;
    }

    private static string Direction(CompatibilityDirection direction) =>
        direction == CompatibilityDirection.Backward ? "backward" : "forward";

    private static void AddIfSet(Dictionary<string, object?> node, string key, string? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }
}
