namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>A named type a target declares: a <see cref="TypedRecord"/> or a <see cref="TypedEnum"/>.</summary>
/// <param name="Name">The type's identifier in the target.</param>
/// <param name="Path">Where it sits in the contract (<c>checkout_completed.cart.items[]</c>, <c>$identify</c>).</param>
/// <param name="Doc">Sanitized doc comment lines.</param>
internal abstract record TypedDeclaration(string Name, string Path, IReadOnlyList<string> Doc);
