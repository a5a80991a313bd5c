using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>What the shared tests need to know about one typed target.</summary>
/// <param name="Name">The target name.</param>
/// <param name="Generator">Its generator.</param>
/// <param name="Style">Its naming style, to compute the names the output must contain.</param>
/// <param name="Literal">How it writes a wire value of a JSON kind.</param>
/// <param name="Quote">Its string quote character.</param>
/// <param name="HelperDeclaration">How a helper named {0} is declared.</param>
/// <param name="HasNamespace">True when <see cref="CodegenOptions.Namespace"/> applies.</param>
internal sealed record TypedTarget(
    string Name,
    ICodeGenerator Generator,
    TypedStyle Style,
    Func<ScalarValue, TypeKind, string> Literal,
    char Quote,
    string HelperDeclaration,
    bool HasNamespace)
{
    public string StringLiteral(string value) => Literal(ScalarValue.FromString(value), TypeKind.String);

    public override string ToString() => Name;
}
