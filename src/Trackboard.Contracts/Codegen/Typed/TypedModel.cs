using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>
/// What a typed target (C#, Java, Kotlin, Swift, Dart) emits for a contract, named for that target:
/// every declaration (children before the types that use them), the events in ordinal order and the
/// call sections the contract defines.
/// </summary>
/// <param name="Contract">The contract.</param>
/// <param name="Declarations">Records and enums, each before the types that use it.</param>
/// <param name="Events">Events in ordinal name order.</param>
/// <param name="Calls">Defined call sections: identify, group, page, screen.</param>
/// <param name="Header">Sanitized header comment lines.</param>
internal sealed record TypedModel(
    Contract Contract,
    IReadOnlyList<TypedDeclaration> Declarations,
    IReadOnlyList<TypedEvent> Events,
    IReadOnlyList<TypedCall> Calls,
    IReadOnlyList<string> Header)
{
    /// <summary>Stamped as <c>context.trackboard.contract_version</c>: the string Guard stamps too (<see cref="ContractVersionLabel"/>).</summary>
    public string ContractVersion => ContractVersionLabel.Of(Contract);

    public IEnumerable<TypedRecord> Records => Declarations.OfType<TypedRecord>();

    public IEnumerable<TypedEnum> Enums => Declarations.OfType<TypedEnum>();

    public TypedCall? FindCall(CallKind kind) => Calls.FirstOrDefault(c => c.Kind == kind);
}
