using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Consistency;

/// <summary>
/// What the scorer compares of one event, tokenized once. A null part is unknown (a candidate event being typed
/// has only a name and maybe a description); signals over an unknown part do not apply.
/// </summary>
internal sealed class EventProfile
{
    public required string Name { get; init; }

    public required string[] NameTokens { get; init; }

    public string[]? TextTokens { get; init; }

    /// <summary>The property keys (<see cref="PropertyKey"/>) of the local properties, ordinal-sorted and distinct.</summary>
    public string[]? PropertyKeys { get; init; }

    /// <summary>The first local property with each key, aligned with <see cref="PropertyKeys"/>.</summary>
    public PropertyDefinition[]? Properties { get; init; }

    public string[]? RequiredKeys { get; init; }

    public bool HasCategoryStatus { get; init; }

    public Label? Category { get; init; }

    public EventStatus Status { get; init; }

    public bool HasGuidance { get; init; }

    public Label? LifecycleStage { get; init; }

    public Label? RequiredSource { get; init; }

    public string? PreferredLocation { get; init; }

    public static EventProfile Of(EventDefinition definition)
    {
        var properties = new Dictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in definition.Properties)
        {
            properties.TryAdd(PropertyKey(property.Name), property);
        }

        var keys = SemanticTokenizer.Distinct(properties.Keys);
        var guidance = definition.ImplementationGuidance;
        var text = new List<string>(SemanticTokenizer.Tokenize(definition.Description));
        if (guidance is not null)
        {
            text.AddRange(guidance.TriggerWhen.SelectMany(SemanticTokenizer.Tokenize));
            text.AddRange(guidance.DoNotTriggerWhen.SelectMany(SemanticTokenizer.Tokenize));
        }

        return new EventProfile
        {
            Name = definition.EventName,
            NameTokens = SemanticTokenizer.Distinct(SemanticTokenizer.Tokenize(definition.EventName)),
            TextTokens = SemanticTokenizer.Distinct(text),
            PropertyKeys = [.. keys],
            Properties = [.. keys.Select(k => properties[k])],
            RequiredKeys = SemanticTokenizer.Distinct(properties.Where(p => p.Value.Required).Select(p => p.Key)),
            HasCategoryStatus = true,
            Category = Label.Of(definition.Category),
            Status = definition.Status,
            HasGuidance = true,
            LifecycleStage = Label.Of(guidance?.LifecycleStage),
            RequiredSource = Label.Of(guidance?.RequiredSource),
            PreferredLocation = guidance?.PreferredLocation is { } location && location != "unknown" ? location : null,
        };
    }

    public static EventProfile Candidate(string name, string? description) => new()
    {
        Name = name,
        NameTokens = SemanticTokenizer.Distinct(SemanticTokenizer.Tokenize(name)),
        TextTokens = string.IsNullOrWhiteSpace(description) ? null : SemanticTokenizer.Distinct(SemanticTokenizer.Tokenize(description)),
    };

    /// <summary>A property name as the scorer compares it: its tokens joined by <c>_</c> (<c>orderId</c> and <c>purchase_id</c> give <c>order_id</c>).</summary>
    public static string PropertyKey(string name)
    {
        var tokens = SemanticTokenizer.Tokenize(name);
        return tokens.Count == 0 ? name.ToLowerInvariant() : string.Join('_', tokens);
    }
}
