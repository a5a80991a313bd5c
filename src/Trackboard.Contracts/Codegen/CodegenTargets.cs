namespace Trackboard.Contracts.Codegen;

/// <summary>
/// The list of code generation targets: data the CLI, the Server's codegen endpoint and the UI share.
/// </summary>
public static class CodegenTargets
{
    /// <summary>Every target, in a stable order.</summary>
    public static IReadOnlyList<ICodeGenerator> All { get; } =
    [
        new TypeScript.TypeScriptGenerator(),
        new JavaScript.JavaScriptGenerator(),
        new Python.PythonGenerator(),
        new Go.GoGenerator(),
        new JsonSchemaGenerator(),
        new CSharp.CSharpGenerator(),
        new Java.JavaGenerator(),
        new Kotlin.KotlinGenerator(),
        new Swift.SwiftGenerator(),
        new Dart.DartGenerator(),
    ];

    /// <summary>Every target name.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(g => g.Target)];

    /// <summary>The generator for a target name, or null.</summary>
    public static ICodeGenerator? Find(string target) =>
        All.FirstOrDefault(g => string.Equals(g.Target, target, StringComparison.Ordinal));
}
