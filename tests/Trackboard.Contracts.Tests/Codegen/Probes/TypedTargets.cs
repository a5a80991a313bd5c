using Trackboard.Contracts.Codegen.CSharp;
using Trackboard.Contracts.Codegen.Dart;
using Trackboard.Contracts.Codegen.Java;
using Trackboard.Contracts.Codegen.Kotlin;
using Trackboard.Contracts.Codegen.Swift;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>The five typed targets the shared tests run over.</summary>
internal static class TypedTargets
{
    public static IReadOnlyList<TypedTarget> All { get; } =
    [
        new("csharp", new CSharpGenerator(), CSharpNaming.Style, CSharpSyntax.Literal, '"', "public static void {0}(this ITrackboardClient client", true),
        new("java", new JavaGenerator(), JavaNaming.Style, JavaSyntax.Literal, '"', "public static void {0}(TrackboardClient client", true),
        new("kotlin", new KotlinGenerator(), KotlinNaming.Style, KotlinSyntax.Literal, '"', "fun {0}(client: TrackboardClient", true),
        new("swift", new SwiftGenerator(), SwiftNaming.Style, SwiftSyntax.Literal, '"', "public static func {0}(_ client: TrackboardClient", false),
        new("dart", new DartGenerator(), DartNaming.Style, DartSyntax.Literal, '\'', "void {0}(TrackboardClient client", true),
    ];

    public static TheoryData<string> Names => [.. All.Select(t => t.Name)];

    public static TheoryData<string, string> NamesAndContracts
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var target in All)
            {
                foreach (var contract in TypedContracts.Names)
                {
                    data.Add(target.Name, contract);
                }
            }

            return data;
        }
    }

    public static TypedTarget Get(string name) => All.Single(t => t.Name == name);
}
