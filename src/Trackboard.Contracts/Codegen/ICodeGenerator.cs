using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen;

/// <summary>A code generation target: a pure, deterministic function from a contract to files.</summary>
public interface ICodeGenerator
{
    /// <summary>The target name used on the command line and in the API, such as <c>typescript</c>.</summary>
    string Target { get; }

    /// <summary>A human name, such as <c>TypeScript</c>.</summary>
    string DisplayName { get; }

    /// <summary>Generates the files. Same contract and options, same bytes.</summary>
    /// <exception cref="CodegenException">A name cannot be made an identifier, or two names collide.</exception>
    IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options);
}
