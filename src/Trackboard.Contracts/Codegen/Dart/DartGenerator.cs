using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Dart;

/// <summary>
/// The Dart target (null-safe Dart 2.17 or later, for enhanced enums): one library with the client class,
/// an enum per enum property, a class with a const constructor per event, call section and nested object,
/// and top-level helpers. <see cref="CodegenOptions.Namespace"/> names the library.
/// </summary>
internal sealed class DartGenerator : ICodeGenerator, ITrackHelperNaming
{
    public string Target => DartNaming.Target;

    public string DisplayName => "Dart";

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        TypedModelBuilder.Build(contract, DartNaming.Style, Target).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(options);
        var library = TypedNamespace.Check(options.Namespace ?? DartNaming.DefaultLibrary, DartNaming.Naming);
        var model = TypedModelBuilder.Build(contract, DartNaming.Style, Target);
        var writer = new CodeWriter("  ", OutputCapacity.Estimate(contract, 200));
        foreach (var line in model.Header)
        {
            writer.Line("// " + line);
        }

        writer.Line();
        writer.Line($"library {library};");
        writer.Line();
        DartPlanWriter.WriteClient(writer, model);
        foreach (var declaration in model.Declarations)
        {
            writer.Line();
            DartDeclarationWriter.Write(writer, declaration);
        }

        writer.Line();
        DartPlanWriter.WriteHelpers(writer, model);
        return [new GeneratedFile(library.Replace('.', '_') + ".dart", writer.ToBytes())];
    }
}
