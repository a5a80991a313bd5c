using Trackboard.Contracts.Codegen.Typed;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Swift;

/// <summary>
/// The Swift target (Swift 5): one file with the client protocol, an enum per enum property, a struct per
/// event, call section and nested object, and the <c>TrackingPlan</c> helpers. Swift has no namespaces
/// in source (the module is the namespace), so <see cref="CodegenOptions.Namespace"/> does not apply.
/// </summary>
internal sealed class SwiftGenerator : ICodeGenerator, ITrackHelperNaming
{
    public const string FileName = "TrackingPlan.swift";

    public string Target => SwiftNaming.Target;

    public string DisplayName => "Swift";

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        TypedModelBuilder.Build(contract, SwiftNaming.Style, Target).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(options);
        var model = TypedModelBuilder.Build(contract, SwiftNaming.Style, Target);
        var writer = new CodeWriter("    ", OutputCapacity.Estimate(contract, 220));
        foreach (var line in model.Header)
        {
            writer.Line("// " + line);
        }

        writer.Line();
        SwiftPlanWriter.WriteClient(writer, model);
        foreach (var declaration in model.Declarations)
        {
            writer.Line();
            SwiftDeclarationWriter.Write(writer, declaration);
        }

        writer.Line();
        SwiftPlanWriter.WritePlan(writer, model);
        return [new GeneratedFile(FileName, writer.ToBytes())];
    }
}
