namespace Trackboard.Contracts.Diff;

/// <summary>Collects the changes of one event, filling in severity and rule id from the catalogue.</summary>
internal sealed class DiffScope(string eventName, string payloadKey, List<Change> changes)
{
    public string EventName => eventName;

    /// <summary>The payload path of a property: <c>properties.x</c> or <c>traits.x</c>.</summary>
    public string PathOf(string propertyPath) => PropertyPaths.InPayload(payloadKey, propertyPath);

    public void Add(string code, string? property, string path, string? before, string? after, string message)
    {
        var rule = ChangeRules.Get(code);
        changes.Add(new Change(rule.Severity, rule.Code, rule.RuleId, eventName, property, path, before, after, message));
    }
}
