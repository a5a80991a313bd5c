using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Java;

/// <summary>
/// The Java target (Java 17): one file per type under the package's folder: <c>TrackboardClient</c>, a
/// record per event, call section and nested object, an enum per enum property, and <c>TrackingPlan</c>.
/// </summary>
internal sealed class JavaGenerator : ICodeGenerator, ITrackHelperNaming
{
    public string Target => JavaNaming.Target;

    public string DisplayName => "Java";

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        TypedModelBuilder.Build(contract, JavaNaming.Style, Target).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(options);
        var package = TypedNamespace.Check(options.Namespace ?? JavaNaming.DefaultPackage, JavaNaming.Naming);
        var model = TypedModelBuilder.Build(contract, JavaNaming.Style, Target);
        List<GeneratedFile> files = [JavaPlanWriter.WriteClient(model, package), JavaPlanWriter.WritePlan(model, package)];
        files.AddRange(model.Declarations.Select(d => JavaDeclarationWriter.Write(model, package, d)));
        return [.. files.OrderBy(f => f.Path, StringComparer.Ordinal)];
    }
}
