using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Lint;

/// <summary>One lint run: the contract's sites, the options, and the findings collected so far.</summary>
internal sealed class LintContext
{
    private readonly List<(int[] Key, LintFinding Finding)> _findings = [];

    public LintContext(Contract contract, LintOptions options)
    {
        Contract = contract;
        Options = options;
        Events = LintSites.Events(contract);
        Properties = LintSites.Properties(contract);
    }

    public Contract Contract { get; }

    public LintOptions Options { get; }

    public List<EventSite> Events { get; }

    public List<PropertySite> Properties { get; }

    public bool Enabled(string ruleId) => !(Options.Rules.TryGetValue(ruleId, out var level) && level == LintRuleLevel.Off);

    public void Add(string ruleId, (string Path, int[] Key) location, string? eventName, string? property, string message)
    {
        var severity = LintRules.Find(ruleId)!.DefaultSeverity;
        if (Options.Rules.TryGetValue(ruleId, out var level))
        {
            if (LintLevels.Severity(level) is not { } configured)
            {
                return;
            }

            severity = configured;
        }

        _findings.Add((location.Key, new LintFinding(ruleId, severity, location.Path, eventName, property, message)));
    }

    public void Add(string ruleId, EventSite site, string field, int order, string message) =>
        Add(ruleId, LintSites.Field(site, field, order), site.Definition.EventName, null, message);

    public void Add(string ruleId, PropertySite site, string field, int order, string message) =>
        Add(ruleId, LintSites.Field(site, field, order), site.Event, site.PropertyPath, message);

    public List<LintFinding> Ordered()
    {
        var ordered = _findings.ToList();
        ordered.Sort((x, y) =>
        {
            var order = LintSites.Compare(x.Key, y.Key);
            if (order == 0)
            {
                order = string.CompareOrdinal(x.Finding.RuleId, y.Finding.RuleId);
            }

            return order != 0 ? order : string.CompareOrdinal(x.Finding.Message, y.Finding.Message);
        });
        return [.. ordered.Select(f => f.Finding)];
    }
}
