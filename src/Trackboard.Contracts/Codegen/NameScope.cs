namespace Trackboard.Contracts.Codegen;

/// <summary>
/// Maps contract names to identifiers within one scope (the types of a file, the fields of a type) and
/// refuses, with both source names, two names that map to one identifier. Reserved words and leading
/// digits are fixed by the target's <see cref="TargetNaming"/> before the collision check, so nothing is
/// silently renamed twice.
/// </summary>
public sealed class NameScope(TargetNaming naming, string what, int capacity = 0)
{
    // Sized up front: a 2,000-event plan makes thousands of scopes, and growing each one was a tenth of codegen's time.
    private readonly Dictionary<string, string> _sourceByIdentifier = new(capacity, StringComparer.Ordinal);
    // Identifiers already given, per casing (the delegate, by reference) and source name: no key string per lookup.
    private readonly Dictionary<object, Dictionary<string, string>> _identifierBySource = new(ReferenceEqualityComparer.Instance);
    private readonly int _capacity = capacity;

    /// <summary>Reserves an identifier the generator itself emits (a helper, a client type) so no contract name can take it.</summary>
    public void Reserve(string identifier, string owner) => _sourceByIdentifier[identifier] = owner;

    /// <summary>
    /// The identifier for a contract name in the given casing. <paramref name="wordsFrom"/> is the text the words
    /// come from when it is not the name itself (an enum value spelled out); the name stays what collisions name.
    /// </summary>
    public string Get(string sourceName, Func<IReadOnlyList<string>, string> casing, string? wordsFrom = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(casing);
        if (!_identifierBySource.TryGetValue(casing, out var known))
        {
            known = new Dictionary<string, string>(_capacity, StringComparer.Ordinal);
            _identifierBySource[casing] = known;
        }

        if (known.TryGetValue(sourceName, out var identifier))
        {
            return identifier;
        }

        var words = NameWords.Split(wordsFrom ?? sourceName);
        if (words.Count == 0)
        {
            throw new CodegenException(CodegenException.InvalidIdentifier, naming.Target, [sourceName],
                $"The {what} name \"{sourceName}\" has no letters or digits, so it cannot become a {naming.Target} identifier; rename it in the plan.");
        }

        identifier = naming.Fix(casing(words));
        if (_sourceByIdentifier.TryGetValue(identifier, out var other) && !string.Equals(other, sourceName, StringComparison.Ordinal))
        {
            throw new CodegenException(CodegenException.NameCollision, naming.Target, [other, sourceName],
                $"The {what} names \"{other}\" and \"{sourceName}\" both become the {naming.Target} identifier {identifier}; rename one of them in the plan.");
        }

        _sourceByIdentifier[identifier] = sourceName;
        known[sourceName] = identifier;
        return identifier;
    }
}
