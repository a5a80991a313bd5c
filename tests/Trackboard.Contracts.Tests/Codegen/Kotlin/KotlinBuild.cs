using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Kotlin;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Kotlin;

/// <summary>kotlinc with warnings as errors; probes run with the kotlin runner (which adds the standard library).</summary>
public sealed class KotlinBuild : JvmProbeBuild
{
    internal override ICodeGenerator Generator { get; } = new KotlinGenerator();

    internal override string Extension => "kt";

    /// <summary>Compiler output without the JVM's notice about the flags Debian's kotlinc script passes.</summary>
    internal static string Diagnostics(CommandResult result) => string.Join('\n', result.Output.Split('\n')
        .Where(l => l.Trim().Length > 0 && !l.StartsWith("OpenJDK 64-Bit Server VM warning:", StringComparison.Ordinal)));

    internal override (string Command, IReadOnlyList<string> Arguments) CompileCommand(string outDirectory, IReadOnlyList<string> sources) =>
        ("kotlinc", ["-Werror", "-d", outDirectory, .. sources]);

    internal override (string Command, IReadOnlyList<string> Arguments) RunCommand(string classPath, string probePackage) =>
        ("kotlin", ["-cp", classPath, probePackage + ".ProbeKt"]);
}
