namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>
/// An enum of allowed values. <see cref="ValueKind"/> is the JSON kind its wire values keep:
/// <see cref="TypeKind.String"/>, <see cref="TypeKind.Integer"/>, <see cref="TypeKind.Float"/> or <see cref="TypeKind.Boolean"/>.
/// </summary>
/// <param name="Name">The type's identifier.</param>
/// <param name="Path">Where it sits in the contract.</param>
/// <param name="Doc">Sanitized doc comment lines.</param>
/// <param name="ValueKind">The kind of every wire value.</param>
/// <param name="Members">The members in the contract's order.</param>
internal sealed record TypedEnum(string Name, string Path, IReadOnlyList<string> Doc, TypeKind ValueKind, IReadOnlyList<TypedEnumMember> Members)
    : TypedDeclaration(Name, Path, Doc);
