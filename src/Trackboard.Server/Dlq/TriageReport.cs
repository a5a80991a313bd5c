using System.Globalization;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Dlq;

/// <summary>
/// The deterministic triage of one group: what breaks, where, since when, which clients, the probable cause and a fix.
/// The same stored data always gives the same report: only the group, the spread of its break and the plan's latest
/// version go in; rules, not a model, decide.
/// </summary>
internal static class TriageReport
{
    public static JsonObject Build(DlqGroupRow group, DlqSpread spread, long? latestVersion)
    {
        var facts = Fingerprint.Parse(group.Signature);
        var rules = facts.Breaks.Select(b => (Break: b, Rule: TriageRules.For(b, facts.EventName))).ToList();
        var causes = rules.Select(r => r.Rule.ProbableCause).Distinct(StringComparer.Ordinal).ToList();
        var fixes = rules.Select(r => r.Rule.SuggestedFix).Distinct(StringComparer.Ordinal).ToList();
        var signals = Signals(group, facts, spread, latestVersion);
        return new JsonObject
        {
            ["fingerprint"] = group.Fingerprint,
            ["summary"] = Summary(group, facts, spread),
            ["what_breaks"] = new JsonArray([.. rules.Select(r => (JsonNode)new JsonObject
            {
                ["code"] = r.Break.Code,
                ["path"] = r.Break.Path,
                ["expected"] = r.Break.Expected,
                ["actual_kind"] = r.Break.ActualKind,
                ["explanation"] = r.Rule.Explanation,
            })]),
            ["where"] = new JsonObject
            {
                ["event"] = facts.EventName,
                ["paths"] = new JsonArray([.. facts.Breaks.Select(b => b.Path).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Select(p => (JsonNode)p)]),
                ["contract_version"] = facts.ContractVersion,
                ["source"] = facts.Source,
                ["app_version"] = facts.AppVersion,
                ["library"] = facts.Library,
            },
            ["since"] = new JsonObject
            {
                ["first_seen_at"] = group.FirstSeen,
                ["last_seen_at"] = group.LastSeen,
                ["count"] = group.Count,
            },
            ["spread"] = new JsonObject
            {
                ["sources"] = Counts(spread.Sources),
                ["app_versions"] = Counts(spread.AppVersions),
                ["libraries"] = Counts(spread.Libraries),
                ["contract_versions"] = Counts(spread.ContractVersions),
            },
            ["probable_causes"] = new JsonArray([.. causes.Select(c => (JsonNode)c)]),
            ["suggested_fixes"] = new JsonArray([.. fixes.Select(f => (JsonNode)f)]),
            ["signals"] = new JsonArray([.. signals.Select(s => (JsonNode)s)]),
        };
    }

    private static string Summary(DlqGroupRow group, DlqFacts facts, DlqSpread spread)
    {
        var first = facts.Breaks.Count == 0 ? "" : facts.Breaks[0].Code + (facts.Breaks[0].Path.Length > 0 ? " at " + facts.Breaks[0].Path : "");
        var more = facts.Breaks.Count > 1 ? $" (+{facts.Breaks.Count - 1} more)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{first}{more} on {facts.EventName}: {group.Count} event(s) from {group.FirstSeen:yyyy-MM-dd'T'HH:mm:ss'Z'} to {group.LastSeen:yyyy-MM-dd'T'HH:mm:ss'Z'}; "
            + $"the same break comes from {Plural(spread.Sources.Count, "source")}, {Plural(spread.AppVersions.Count(v => v.Value is not null), "app version")} "
            + $"and {Plural(spread.Libraries.Count(v => v.Value is not null), "library", "libraries")}.");
    }

    private static List<string> Signals(DlqGroupRow group, DlqFacts facts, DlqSpread spread, long? latestVersion)
    {
        var signals = new List<string>();
        if (long.TryParse(facts.ContractVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && latestVersion > version)
        {
            signals.Add($"Validated against contract version {version}, but version {latestVersion} is published: the client or Guard may use an old contract, and the newer version may already accept these events.");
        }
        var appVersions = spread.AppVersions.Where(v => v.Value is not null).ToList();
        if (appVersions.Count == 1)
        {
            signals.Add($"Only app version {appVersions[0].Value} sends this break: it was probably introduced in that release.");
        }
        else if (appVersions.Count > 1)
        {
            signals.Add($"{appVersions.Count} app versions send this break: it is long-standing in the app, or the plan changed under them.");
        }
        if (spread.Sources.Count == 1)
        {
            signals.Add($"Only source {spread.Sources[0].Value} sends this break: look at that integration first.");
        }
        else if (spread.Sources.Count > 1)
        {
            signals.Add($"{spread.Sources.Count} sources send this break: the cause is probably shared code or the plan itself.");
        }
        var span = group.LastSeen - group.FirstSeen;
        if (group.Count >= 10 && span <= TimeSpan.FromHours(1))
        {
            signals.Add(string.Create(CultureInfo.InvariantCulture, $"All {group.Count} events arrived within {Math.Max(1, (int)Math.Ceiling(span.TotalMinutes))} minute(s): a burst, such as a release or a backfill."));
        }
        return signals;
    }

    private static JsonArray Counts(IReadOnlyList<(string? Value, int Count)> counts) =>
        new([.. counts.Select(c => (JsonNode)new JsonObject { ["value"] = c.Value, ["count"] = c.Count })]);

    private static string Plural(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{count} {many ?? one + "s"}");
}
