using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Kotlin;

/// <summary>
/// The Kotlin target: one file with the client interface, an enum class per enum property, a data class
/// per event, call section and nested object, and top-level helpers. Compiles with Kotlin 1.3 and later.
/// </summary>
internal sealed class KotlinGenerator : ICodeGenerator, ITrackHelperNaming
{
    public string Target => KotlinNaming.Target;

    public string DisplayName => "Kotlin";

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        TypedModelBuilder.Build(contract, KotlinNaming.Style, Target).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(options);
        var package = TypedNamespace.Check(options.Namespace ?? KotlinNaming.DefaultPackage, KotlinNaming.Naming);
        var model = TypedModelBuilder.Build(contract, KotlinNaming.Style, Target);
        var writer = new CodeWriter("    ", OutputCapacity.Estimate(contract, 195));
        foreach (var line in model.Header)
        {
            writer.Line("// " + line);
        }

        writer.Line();
        writer.Line($"package {package}");
        writer.Line();
        KotlinPlanWriter.WriteClient(writer, model);
        foreach (var declaration in model.Declarations)
        {
            writer.Line();
            KotlinDeclarationWriter.Write(writer, declaration);
        }

        writer.Line();
        KotlinPlanWriter.WriteHelpers(writer, model);
        return [new GeneratedFile(package.Replace('.', '/') + "/TrackingPlan.kt", writer.ToBytes())];
    }
}
