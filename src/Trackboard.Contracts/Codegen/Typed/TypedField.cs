namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>A field of a record.</summary>
/// <param name="WireName">The property name as sent.</param>
/// <param name="Identifier">The field's identifier in the target (already escaped).</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">True when the property must be present and not null.</param>
/// <param name="Doc">Sanitized doc comment lines.</param>
internal sealed record TypedField(string WireName, string Identifier, TypeRef Type, bool Required, IReadOnlyList<string> Doc);
