namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>A properties or traits type, or a nested object with declared properties.</summary>
/// <param name="Name">The type's identifier.</param>
/// <param name="Path">Where it sits in the contract.</param>
/// <param name="Doc">Sanitized doc comment lines.</param>
/// <param name="Fields">Its fields in ordinal order of their wire names.</param>
internal sealed record TypedRecord(string Name, string Path, IReadOnlyList<string> Doc, IReadOnlyList<TypedField> Fields)
    : TypedDeclaration(Name, Path, Doc);
