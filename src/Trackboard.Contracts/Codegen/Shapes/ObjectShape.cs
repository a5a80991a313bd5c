using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>A nested object with declared properties, emitted as a named type.</summary>
/// <param name="TypeName">The type's name.</param>
/// <param name="Path">Where it sits, such as <c>checkout_completed.products[]</c>.</param>
/// <param name="Property">The object property (or array items schema) it types.</param>
internal sealed record ObjectShape(string TypeName, string Path, PropertyDefinition Property)
{
    /// <summary>The object's properties in ordinal name order.</summary>
    public IReadOnlyList<PropertyDefinition> Properties { get; } =
        SharedFacts.ByName(Property.Properties ?? []);
}
