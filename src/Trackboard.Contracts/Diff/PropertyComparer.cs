using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Diff;

/// <summary>Compares property lists and properties, recursing into object properties and array items.</summary>
internal static class PropertyComparer
{
    /// <summary>Compares a closed list of properties: an event's, or an object's <c>properties</c>.</summary>
    public static void CompareLists(DiffScope scope, string? parent, IReadOnlyList<PropertyDefinition> before, IReadOnlyList<PropertyDefinition> after)
    {
        var old = ByName(before);
        var now = ByName(after);
        foreach (var (name, property) in old)
        {
            var path = PropertyPaths.Child(parent, name);
            if (!now.TryGetValue(name, out var current))
            {
                scope.Add(ChangeCodes.PropertyRemoved, path, scope.PathOf(path), ValueText.Type(property.Type), null,
                    $"Property {ValueText.Name(path)} was removed; events that still send it are rejected as unknown_property.");
            }
            else
            {
                Compare(scope, path, property, current, isItems: false);
            }
        }

        foreach (var (name, property) in now)
        {
            if (old.ContainsKey(name))
            {
                continue;
            }

            var path = PropertyPaths.Child(parent, name);
            var type = ValueText.Type(property.Type);
            if (property.Required)
            {
                scope.Add(ChangeCodes.RequiredPropertyAdded, path, scope.PathOf(path), null, type,
                    $"Required property {ValueText.Name(path)} ({type}) was added; events without it are rejected.");
            }
            else
            {
                scope.Add(ChangeCodes.OptionalPropertyAdded, path, scope.PathOf(path), null, type,
                    $"Optional property {ValueText.Name(path)} ({type}) was added.");
            }
        }
    }

    private static void Compare(DiffScope scope, string path, PropertyDefinition before, PropertyDefinition after, bool isItems)
    {
        var location = scope.PathOf(path);
        var label = isItems ? "Items of " + ValueText.Name(path[..^2]) : "Property " + ValueText.Name(path);
        if (before.Type != after.Type)
        {
            var (b, a) = (ValueText.Type(before.Type), ValueText.Type(after.Type));
            if (before.Type == PropertyType.Integer && after.Type == PropertyType.Float)
            {
                scope.Add(ChangeCodes.PropertyTypeWidened, path, location + ".type", b, a, $"{label} widened from integer to float.");
            }
            else
            {
                scope.Add(ChangeCodes.PropertyTypeChanged, path, location + ".type", b, a,
                    $"{label} changed type from {b} to {a}; values of the old type are rejected.");
            }
        }

        // The required flag of an items schema means nothing: every element is validated.
        if (!isItems && before.Required != after.Required)
        {
            var (b, a) = (ValueText.Boolean(before.Required), ValueText.Boolean(after.Required));
            if (after.Required)
            {
                scope.Add(ChangeCodes.PropertyBecameRequired, path, location + ".required", b, a,
                    $"Property {ValueText.Name(path)} became required; events without it are rejected.");
            }
            else
            {
                scope.Add(ChangeCodes.PropertyBecameOptional, path, location + ".required", b, a, $"Property {ValueText.Name(path)} became optional.");
            }
        }

        ConstraintComparer.Compare(scope, path, location, label, before.Constraints, after.Constraints);
        CompareDocumentation(scope, path, location, label, before, after);

        // Nested schemas only mean something while the type stays array or object; a type change says it all.
        if (before.Type == PropertyType.Array && after.Type == PropertyType.Array)
        {
            CompareItems(scope, path, location, before.Items, after.Items);
        }
        else if (before.Type == PropertyType.Object && after.Type == PropertyType.Object)
        {
            CompareObject(scope, path, location, before.Properties, after.Properties);
        }
    }

    private static void CompareDocumentation(DiffScope scope, string path, string location, string label, PropertyDefinition before, PropertyDefinition after)
    {
        if (!string.Equals(before.Description, after.Description, StringComparison.Ordinal))
        {
            scope.Add(ChangeCodes.PropertyDescriptionChanged, path, location + ".description", before.Description, after.Description,
                $"Description of {ValueText.Lower(label)} changed.");
        }

        var (oldExamples, newExamples) = (Examples(before), Examples(after));
        if (!string.Equals(oldExamples, newExamples, StringComparison.Ordinal))
        {
            scope.Add(ChangeCodes.PropertyExamplesChanged, path, location + ".examples", oldExamples, newExamples,
                $"Examples of {ValueText.Lower(label)} changed.");
        }

        if (before.Pii != after.Pii)
        {
            var message = after.Pii ? $"{label} is now marked as personal data (pii)." : $"{label} is no longer marked as personal data (pii).";
            scope.Add(ChangeCodes.PiiChanged, path, location + ".pii", ValueText.Boolean(before.Pii), ValueText.Boolean(after.Pii), message);
        }
    }

    private static void CompareItems(DiffScope scope, string path, string location, PropertyDefinition? before, PropertyDefinition? after)
    {
        if (before is not null && after is not null)
        {
            Compare(scope, PropertyPaths.Items(path), before, after, isItems: true);
        }
        else if (before is null && after is not null)
        {
            var type = ValueText.Type(after.Type);
            scope.Add(ChangeCodes.ConstraintTightened, path, location + ".items", null, type,
                $"Array {ValueText.Name(path)} now requires every item to be {type}; arrays with other items are rejected.");
        }
        else if (before is not null)
        {
            scope.Add(ChangeCodes.ConstraintLoosened, path, location + ".items", ValueText.Type(before.Type), null,
                $"Array {ValueText.Name(path)} no longer constrains its items.");
        }
    }

    private static void CompareObject(DiffScope scope, string path, string location, IReadOnlyList<PropertyDefinition>? before, IReadOnlyList<PropertyDefinition>? after)
    {
        if (before is not null && after is not null)
        {
            CompareLists(scope, path, before, after);
        }
        else if (before is null && after is not null)
        {
            var names = ValueText.Names(after);
            scope.Add(ChangeCodes.ConstraintTightened, path, location + ".properties", null, names,
                $"Object {ValueText.Name(path)} now declares its properties {names}; other keys are rejected as unknown_property.");
        }
        else if (before is not null)
        {
            scope.Add(ChangeCodes.ConstraintLoosened, path, location + ".properties", ValueText.Names(before), null,
                $"Object {ValueText.Name(path)} no longer declares its properties; any keys are accepted.");
        }
    }

    private static string? Examples(PropertyDefinition property) =>
        property.Examples is { Count: > 0 } examples ? ValueText.Json(examples.Select(e => (object?)e).ToList()) : null;

    private static SortedDictionary<string, PropertyDefinition> ByName(IReadOnlyList<PropertyDefinition> properties)
    {
        var byName = new SortedDictionary<string, PropertyDefinition>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName.TryAdd(property.Name, property);
        }

        return byName;
    }
}
