using System.Collections.Frozen;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>The properties of an object (an event's <c>properties</c>, a nested object, traits) with O(1) lookup.</summary>
internal sealed class ObjectSchema
{
    public ObjectSchema(IEnumerable<PropertyDefinition> properties)
    {
        var ordered = properties.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        var required = 0;
        var schemas = new List<PropertySchema>(ordered.Count);
        foreach (var property in ordered)
        {
            schemas.Add(new PropertySchema(property, property.Required ? required++ : -1));
        }

        ByName = schemas.ToFrozenDictionary(s => s.Name, StringComparer.Ordinal);
        ByUtf8 = new Utf8Lookup<PropertySchema>(ByName);
        Required = [.. schemas.Where(s => s.RequiredIndex >= 0)];
    }

    public FrozenDictionary<string, PropertySchema> ByName { get; }

    public Utf8Lookup<PropertySchema> ByUtf8 { get; }

    /// <summary>Required properties in ordinal name order; <see cref="PropertySchema.RequiredIndex"/> indexes it.</summary>
    public PropertySchema[] Required { get; }
}
