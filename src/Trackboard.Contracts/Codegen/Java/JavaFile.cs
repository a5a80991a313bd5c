using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Java;

/// <summary>Starts a Java source file: header comment, package and the imports it uses.</summary>
internal static class JavaFile
{
    public static CodeWriter Start(TypedModel model, string package, IEnumerable<string> imports)
    {
        var writer = new CodeWriter("    ");
        foreach (var line in model.Header)
        {
            writer.Line("// " + line);
        }

        writer.Line();
        writer.Line($"package {package};");
        var sorted = imports.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (sorted.Count > 0)
        {
            writer.Line();
            foreach (var import in sorted)
            {
                writer.Line($"import {import};");
            }
        }

        writer.Line();
        return writer;
    }

    public static GeneratedFile Finish(string package, string typeName, CodeWriter writer) =>
        new(package.Replace('.', '/') + "/" + typeName + ".java", writer.ToBytes());
}
