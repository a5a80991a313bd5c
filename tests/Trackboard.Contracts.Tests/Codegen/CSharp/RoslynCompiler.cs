using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Trackboard.Contracts.Tests.Codegen.CSharp;

/// <summary>
/// Compiles C# in-process with Roslyn against the running framework's assemblies, at C# 11 (the oldest
/// language version the generated code promises) with nullable annotations on.
/// </summary>
internal static class RoslynCompiler
{
    private static readonly Lazy<List<MetadataReference>> s_references = new(FrameworkReferences);

    public static (CSharpCompilation Compilation, byte[]? Assembly) Compile(string assemblyName, params (string Path, string Text)[] sources)
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp11);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, options, s.Path));
        var compilation = CSharpCompilation.Create(assemblyName, trees, s_references.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        return (compilation, result.Success ? stream.ToArray() : null);
    }

    /// <summary>Errors and warnings, formatted for an assertion message.</summary>
    public static IReadOnlyList<Diagnostic> Problems(CSharpCompilation compilation) =>
        [.. compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>Loads the assembly into a collectible context, calls <c>static Run()</c> on <paramref name="typeName"/> and unloads it.</summary>
    public static object? Run(byte[] assembly, string typeName)
    {
        var context = new AssemblyLoadContext("codegen-probe", isCollectible: true);
        try
        {
            using var stream = new MemoryStream(assembly);
            var loaded = context.LoadFromStream(stream);
            var method = loaded.GetType(typeName, throwOnError: true)!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException(typeName + " has no public static Run().");
            return method.Invoke(null, null);
        }
        finally
        {
            context.Unload();
        }
    }

    private static List<MetadataReference> FrameworkReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }
}
