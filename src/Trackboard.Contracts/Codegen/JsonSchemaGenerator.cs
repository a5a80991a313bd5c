using Trackboard.Contracts.JsonSchema;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen;

/// <summary>The JSON Schema target: one schema per event plus the bundle (see <see cref="JsonSchemaExporter"/>).</summary>
internal sealed class JsonSchemaGenerator : ICodeGenerator
{
    public string Target => "json-schema";

    public string DisplayName => "JSON Schema";

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options) => JsonSchemaExporter.ExportFiles(contract);
}
