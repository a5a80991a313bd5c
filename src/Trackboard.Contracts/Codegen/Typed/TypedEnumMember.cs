using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>A member of a generated enum.</summary>
/// <param name="Identifier">The member's identifier in the target (already escaped).</param>
/// <param name="Value">The wire value.</param>
internal sealed record TypedEnumMember(string Identifier, ScalarValue Value);
