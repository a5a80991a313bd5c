using Trackboard.Contracts.Codegen;

namespace Trackboard.Contracts.Tests.Codegen;

/// <summary>A temporary directory holding generated code for one or more corpus contracts.</summary>
internal sealed class GeneratedWorkspace : IDisposable
{
    private readonly ProcessRunner.TempDirectory _directory;

    public GeneratedWorkspace(string target)
    {
        Target = target;
        _directory = new ProcessRunner.TempDirectory("trackboard-codegen-" + target + "-");
    }

    public string Target { get; }

    public string Root => _directory.Path;

    /// <summary>Generates a corpus contract into <paramref name="subdirectory"/> ("" for the root); returns the relative paths.</summary>
    public IReadOnlyList<string> Generate(string contractName, string subdirectory = "")
    {
        var files = CodegenTargets.Find(Target)!.Generate(CodegenCorpus.Load(contractName), CodegenOptions.Default);
        CodegenCorpus.WriteAll(Path.Combine(Root, subdirectory), files);
        return [.. files.Select(f => subdirectory.Length == 0 ? f.Path : subdirectory + "/" + f.Path)];
    }

    /// <summary>Every corpus contract in its own subdirectory named after it (dots and dashes become underscores).</summary>
    public IReadOnlyList<string> GenerateCorpus() =>
        [.. CodegenCorpus.Names.SelectMany(name => Generate(name, SafeName(name)))];

    public static string SafeName(string contractName) => contractName.Replace('.', '_').Replace('-', '_');

    public void Dispose() => _directory.Dispose();
}
