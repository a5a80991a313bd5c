using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Java;
using Trackboard.Contracts.Tests.Codegen.Probes;

namespace Trackboard.Contracts.Tests.Codegen.Java;

/// <summary>javac with every lint warning as an error; probes run with java.</summary>
public sealed class JavaBuild : JvmProbeBuild
{
    internal override ICodeGenerator Generator { get; } = new JavaGenerator();

    internal override string Extension => "java";

    internal override (string Command, IReadOnlyList<string> Arguments) CompileCommand(string outDirectory, IReadOnlyList<string> sources) =>
        ("javac", ["-Xlint:all", "-Werror", "-encoding", "UTF-8", "-d", outDirectory, .. sources]);

    internal override (string Command, IReadOnlyList<string> Arguments) RunCommand(string classPath, string probePackage) =>
        ("java", ["-cp", classPath, probePackage + ".Probe"]);
}
