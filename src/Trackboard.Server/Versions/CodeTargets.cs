using Trackboard.Contracts.Codegen;

namespace Trackboard.Server.Versions;

/// <summary>
/// The generation targets under <c>GET /plans/{id}/generate/{target}</c>: every generator Trackboard.Contracts
/// registers in <see cref="CodegenTargets"/>, so a new generator appears here without a Server change.
/// </summary>
internal sealed class CodeTargets
{
    public IEnumerable<string> Names => CodegenTargets.Names.Order(StringComparer.Ordinal);

    public ICodeGenerator? Find(string name) => CodegenTargets.Find(name);
}
