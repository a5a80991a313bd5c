using Trackboard.Contracts.JsonSchema;
using Trackboard.Contracts.Model;

namespace Trackboard.Server.Versions;

/// <summary>
/// Generation targets by name. Each is a pure <c>contract -> files</c> function from Trackboard.Contracts; new
/// generators plug in here and appear under <c>GET /plans/{id}/generate/{target}</c>.
/// </summary>
internal sealed class CodeTargets
{
    private readonly Dictionary<string, Func<Contract, IReadOnlyList<GeneratedFile>>> _targets = new(StringComparer.Ordinal)
    {
        ["json-schema"] = JsonSchemaExporter.ExportFiles,
    };

    public IEnumerable<string> Names => _targets.Keys.Order(StringComparer.Ordinal);

    public bool TryGet(string name, out Func<Contract, IReadOnlyList<GeneratedFile>> generate) =>
        _targets.TryGetValue(name, out generate!);
}
